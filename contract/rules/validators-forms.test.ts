// The form validators certificate applications name (FORM_FIELD_CHECKS): shared by the app's inline
// messages and the sandbox's final check.
import { FORM_FIELD_CHECKS, checkAddress, checkChineseName, checkDigits12, checkIdNumber, checkMobile, checkPastDate, checkRegion } from './validators'

test('公民身份号码: GB 11643 check character, birth date, length', () => {
  // 11010519491231002X is the standard's own example.
  expect(checkIdNumber('11010519491231002X')).toBeNull()
  expect(checkIdNumber('11010519491231002x')).toBeNull()
  expect(checkIdNumber(' 110105 19491231 002X ')).toBeNull()
  expect(checkIdNumber('110105194912310021')).toBe('公民身份号码校验位不正确，请逐位核对（最后一位可能是 X）')
  expect(checkIdNumber('110105194902300025')).toBe('公民身份号码中的出生日期不正确，请核对')
  expect(checkIdNumber('1101051949123100')).toBe('公民身份号码为 18 位（最后一位可能是 X），您输入了 16 位')
  expect(checkIdNumber('')).toBe('请输入公民身份号码')
})

test('mobile, name, region, address, date and 12 digits', () => {
  expect(checkMobile('137 5717 9050')).toBeNull()
  expect(checkMobile('12757179050')).toBe('请输入以 1 开头的 11 位手机号码')
  expect(checkMobile('1375717905a')).toBe('手机号码只含数字')
  expect(checkChineseName('王大友')).toBeNull()
  expect(checkChineseName('买买提·艾力')).toBeNull()
  expect(checkChineseName('Tom')).toBe('请输入与身份证一致的中文姓名')
  expect(checkChineseName('王')).toBe('姓名为 2–20 个汉字')
  expect(checkRegion('浙江省杭州市西湖区')).toBeNull()
  expect(checkRegion('杭州')).toContain('省、市、区县')
  expect(checkAddress('西湖区文三路 100 号 2 幢 301 室')).toBeNull()
  expect(checkAddress('文三路')).toBe('地址太短，请写到街道、门牌号和室号')
  expect(checkAddress('西湖区文三路附近那栋楼里')).toContain('门牌号或室号')
  expect(checkPastDate('2024-03-01', '2025-01-06')).toBeNull()
  expect(checkPastDate('2025-01-07', '2025-01-06')).toBe('日期不能晚于今天')
  expect(checkPastDate('2024-02-30', '2025-01-06')).toBe('请按 年-月-日 填写，如 2024-03-01')
  expect(checkDigits12('3301 0012 5821')).toBeNull()
  expect(checkDigits12('33010012582')).toBe('应为 12 位数字，您输入了 11 位')
  expect(Object.keys(FORM_FIELD_CHECKS).sort()).toEqual(['address', 'chineseName', 'digits12', 'idNumber', 'mobile', 'pastDate'])
})
