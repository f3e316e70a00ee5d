// The payment service starts empty: earlier bills were paid in other channels (see the utilities
// seed), so the personas' payment history holds only what they pay in the sandbox.
export function seed(): void {}
