import Taro from '@tarojs/taro'
import { routes } from '@/routes'


/**
 * After a resubmission or a rating: back to the case's detail page when it opened this page
 * (`from=detail`; it refetches on show), otherwise (opened from the home inbox) replace this page
 * with the detail, so the stack never holds the same case twice.
 */
export function returnToDetail(id: string, fromDetail: boolean): void {
  if (fromDetail && Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else void Taro.redirectTo({ url: routes.cases.detail(id) })
}
