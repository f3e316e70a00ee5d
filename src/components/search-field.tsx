import { Input, View } from '@tarojs/components'
import { memo } from 'react'
import './search-field.scss'

interface Props {
  value: string
  placeholder: string
  onChange: (value: string) => void
  /** The keyboard's search key or the 搜索 button, with what was typed. */
  onSearch: (value: string) => void
  /** After the clear button emptied the field. */
  onClear?: () => void
}

/**
 * A round search box with 搜索 and, once something is typed, a clear button.
 *
 * Drawn here rather than with NutUI's SearchBar: that one always renders its clear icon (hidden)
 * and its search icon as inline SVG data URIs, 3.2 KB of every first setData of the home page, and
 * its stylesheet and icons sat in the main package (DESIGN.md §7). The icon here is CSS.
 *
 * Memoized: Taro writes a controlled Input's value on every render, so a page re-rendering for
 * other reasons (its queries answering) would cost a setData each time. Pass stable callbacks.
 */
export const SearchField = memo(function SearchField({ value, placeholder, onChange, onSearch, onClear }: Props) {
  return (
    <View className='search-field'>
      <View className='search-field__icon' aria-hidden />
      <Input
        className='search-field__input'
        value={value}
        placeholder={placeholder}
        confirmType='search'
        onInput={(event) => onChange(event.detail.value)}
        onConfirm={(event) => onSearch(event.detail.value)}
      />
      {value ? (
        <View
          className='search-field__clear'
          role='button'
          aria-label='清除'
          onClick={() => {
            onChange('')
            onClear?.()
          }}
        >
          ×
        </View>
      ) : null}
      <View className='search-field__go' role='button' onClick={() => onSearch(value)}>
        搜索
      </View>
    </View>
  )
})
