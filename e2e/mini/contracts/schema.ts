// The shape of a platform API contract as generated from the platforms' own typings
// (generate.ts) and checked by the strict fakes (validate.ts).

/** A value kind, as far as a runtime check can tell. 'any' accepts everything. */
export type ValueKind = 'string' | 'number' | 'boolean' | 'function' | 'array' | 'object' | 'null' | 'any'

export interface ValueSchema {
  kinds: ValueKind[]
  /** Literal values when the typings allow only those (string or number unions, enums). */
  enum?: Array<string | number | boolean>
}

export interface ParamSchema extends ValueSchema {
  required: boolean
}

export interface ApiContract {
  /**
   * options: one object argument (`wx.request({ … })`); positional: plain arguments
   * (`wx.setStorageSync(key, data)`).
   */
  form: 'options' | 'positional'
  /** form 'options': the option object's properties (including success/fail/complete). */
  params?: Record<string, ParamSchema>
  /** form 'options': whether the object itself may be left out. */
  optionsOptional?: boolean
  /** form 'positional': the arguments in order. */
  args?: Array<ParamSchema & { name: string }>
  /** Properties of what `success` receives (options form), when the typings say. */
  success?: Record<string, ParamSchema>
  /** Properties of the returned object of a synchronous API, when it is an object. */
  returns?: Record<string, ParamSchema>
}

export interface PlatformContracts {
  /** Where the contracts come from (package@version), to see what a regeneration changed. */
  source: string
  apis: Record<string, ApiContract>
  /** Every API the typings declare: one of these that the fakes do not simulate fails when called. */
  allApis: string[]
}
