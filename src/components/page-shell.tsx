import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { usePreferences } from '@/lib/use-preferences'
import { PrivacyGate } from './privacy-gate'
import './page-shell.scss'

/**
 * The root of every page: applies the theme's root class (elder mode rescales the
 * type scale from here) and hosts the WeChat privacy agreement, which must live
 * inside a page to be visible in a mini-program.
 */
export function PageShell({ children, className }: { children: ReactNode; className?: string }) {
  const { elderMode } = usePreferences()
  return (
    <View className={`page${elderMode ? ' elder' : ''}${className ? ` ${className}` : ''}`}>
      {children}
      <PrivacyGate />
    </View>
  )
}
