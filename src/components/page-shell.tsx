import { View } from '@tarojs/components'
import { useEffect, type ReactNode } from 'react'
import { usePreferences } from '@/lib/use-preferences'
import { platform } from '@/platform'
import { PrivacyGate } from './privacy-gate'
import './page-shell.scss'

/**
 * The root of every page: applies the theme's root class (elder mode rescales the
 * type scale from here) and hosts the WeChat privacy agreement, which must live
 * inside a page to be visible in a mini-program.
 */
export function PageShell({ children, className }: { children: ReactNode; className?: string }) {
  const { elderMode } = usePreferences()
  // The platform's dialogs, toasts and sheets live outside the page root (H5: on <body>).
  useEffect(() => platform.setElderChrome(elderMode), [elderMode])
  return (
    <View className={`page${elderMode ? ' elder' : ''}${className ? ` ${className}` : ''}`}>
      {children}
      <PrivacyGate />
    </View>
  )
}
