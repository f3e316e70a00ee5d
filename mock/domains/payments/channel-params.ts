// Channel parameters in the shapes the real SDKs take (wx.requestPayment, my.tradePay) or the
// sandbox cashier. No secret is involved: paySign is random bytes in the shape of an RSA-SHA256
// signature, and the rail finds the payment by the prepay id / trade number / cashier token.
import { randomBytes, randomInt } from 'node:crypto'
import type { ChannelParams, PaymentChannel } from '../../../contract'
import { cstCompact } from '../../lib/china-time'

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

function randomString(length: number, alphabet = ALNUM): string {
  let out = ''
  for (let i = 0; i < length; i += 1) out += alphabet[randomInt(alphabet.length)]
  return out
}

export interface IssuedChannelParams {
  params: ChannelParams
  /** What the rail presents to find the payment: prepay id, trade number or cashier token. */
  railRef: string
}

export function issueChannelParams(channel: PaymentChannel, nowMs: number): IssuedChannelParams {
  switch (channel) {
    case 'weapp': {
      // prepay_id looks like wx + yyyyMMddHHmmss + random (WeChat Pay JSAPI docs).
      const prepayId = `wx${cstCompact(nowMs)}${randomBytes(11).toString('hex')}`
      return {
        railRef: prepayId,
        params: {
          kind: 'wechat',
          timeStamp: String(Math.floor(nowMs / 1000)),
          nonceStr: randomString(32),
          package: `prepay_id=${prepayId}`,
          signType: 'RSA',
          paySign: randomBytes(256).toString('base64'),
        },
      }
    }
    case 'alipay': {
      // trade_no: yyyyMMdd + 22001 + 15 digits (28 digits), as Alipay issues them.
      const tradeNO = `${cstCompact(nowMs).slice(0, 8)}22001${randomString(15, '0123456789')}`
      return { railRef: tradeNO, params: { kind: 'alipay', tradeNO } }
    }
    case 'h5': {
      const cashierToken = `ck_${randomBytes(24).toString('base64url')}`
      return { railRef: cashierToken, params: { kind: 'cashier', cashierToken } }
    }
  }
}

/** The rail reference inside a wx.requestPayment package ('prepay_id=wx…'). */
export function prepayIdFromPackage(pkg: string): string | null {
  const match = /^prepay_id=(wx[0-9A-Za-z]+)$/.exec(pkg)
  return match ? match[1] : null
}
