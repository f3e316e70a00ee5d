// The sandbox cashier (H5): a stand-in for the unified payment platform's own cashier page. The
// app sends the user here with the cashier token and a return URL; the page reports the user's
// choice to POST /rails/cashier/pay and goes back. It never says the payment succeeded: only the
// server's GET /payments/{id} does, after the delayed notification.
import type { Payment } from '../../../contract'

const LOCAL_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1)(:[0-9]{1,5})?$/

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)
}

/** JSON safe to embed in an inline <script>. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
}

const yuan = (fen: number) => `¥${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`

/**
 * Only return to the app: a path on this server, this server's origin, or a local dev server
 * (the H5 dev server runs on another port). Anything else would make the cashier an open redirect.
 */
export function safeReturnUrl(value: string | undefined, ownOrigin: string): string | null {
  if (value === undefined) return null
  if (value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')) return value
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  if (url.origin === ownOrigin || LOCAL_ORIGIN.test(url.origin)) return url.toString()
  return null
}

const STATUS_NOTE: Record<Payment['status'], string> = {
  created: '',
  started: '该订单已提交支付，正在等待结果，请勿重复付款。',
  success: '该订单已支付成功。',
  failed: '该订单支付失败，请回到应用重新发起。',
  cancelled: '该订单已取消。',
  expired: '该订单已超时关闭，请回到应用重新发起。',
}

export const CASHIER_PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy':
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
}

export function renderCashierPage(payment: Payment, cashierToken: string, returnUrl: string | null): string {
  const payable = payment.status === 'created'
  const items = payment.items
    .map((item) => `<li><span>${escapeHtml(item.description)}</span><span>${yuan(item.amountFen)}</span></li>`)
    .join('')
  const note = STATUS_NOTE[payment.status]
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>统一公共支付平台 · 收银台（沙箱）</title>
<style>
  body { font-family: -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; background: #f5f6f8; color: #1f2329; font-size: 18px; }
  main { max-width: 480px; margin: 0 auto; padding: 24px 16px; }
  h1 { font-size: 20px; margin: 0 0 4px; }
  .sandbox { color: #b26a00; font-size: 14px; margin: 0 0 16px; }
  .card { background: #fff; border-radius: 12px; padding: 16px; margin-bottom: 16px; }
  .amount { font-size: 36px; font-weight: 600; margin: 8px 0; }
  ul { list-style: none; padding: 0; margin: 0; }
  li { display: flex; justify-content: space-between; padding: 6px 0; border-top: 1px solid #eee; }
  button { display: block; width: 100%; min-height: 60px; font-size: 20px; border-radius: 12px; border: 0; margin-bottom: 12px; cursor: pointer; }
  .primary { background: #1677ff; color: #fff; }
  .secondary { background: #fff; color: #1f2329; border: 1px solid #d0d3d6; }
  button:disabled { opacity: 0.5; cursor: default; }
  [role=status] { min-height: 1.5em; }
</style>
</head>
<body>
<main>
  <h1>统一公共支付平台</h1>
  <p class="sandbox">沙箱收银台：不会真实扣款</p>
  <section class="card" aria-label="订单">
    <div>${escapeHtml(payment.description)}</div>
    <div class="amount">${yuan(payment.amountFen)}</div>
    <ul>${items}</ul>
  </section>
  <p role="status" id="status">${escapeHtml(note)}</p>
  <button type="button" class="primary" data-outcome="success"${payable ? '' : ' disabled'}>确认支付 ${yuan(payment.amountFen)}</button>
  <button type="button" class="secondary" data-outcome="fail"${payable ? '' : ' disabled'}>模拟支付失败</button>
  <button type="button" class="secondary" data-outcome="cancel"${payment.finished ? ' disabled' : ''}>取消支付</button>
  ${returnUrl ? '<button type="button" class="secondary" id="back">返回应用</button>' : ''}
</main>
<script>
(function () {
  var token = ${scriptJson(cashierToken)};
  var back = ${scriptJson(returnUrl)};
  var status = document.getElementById('status');
  var buttons = Array.prototype.slice.call(document.querySelectorAll('button[data-outcome]'));
  function goBack() { if (back) location.replace(back); }
  var backButton = document.getElementById('back');
  if (backButton) backButton.addEventListener('click', goBack);
  buttons.forEach(function (button) {
    button.addEventListener('click', function () {
      buttons.forEach(function (b) { b.disabled = true; });
      status.textContent = '正在提交…';
      fetch('/rails/cashier/pay', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ cashierToken: token, outcome: button.getAttribute('data-outcome') })
      }).then(function (res) {
        return res.json().then(function (body) {
          if (!res.ok) { status.textContent = body.detail || '提交失败，请返回应用查看结果。'; return; }
          status.textContent = body.result === 'cancelled' ? '已取消支付，正在返回…' : '支付已提交，正在返回应用查看结果…';
          if (back) goBack(); else status.textContent += '请返回应用查看结果。';
        });
      }).catch(function () {
        status.textContent = '网络异常，请返回应用查看支付结果，请勿重复付款。';
      });
    });
  });
})();
</script>
</body>
</html>
`
}
