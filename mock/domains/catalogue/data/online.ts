// What the app itself can do for a catalogue item, by template code: the guide's action bar offers
// it (issue 15.10) instead of leaving the user at a dead end. Three kinds, each pointing at a thing
// another domain serves:
// - apply: an online application form of the certificates domain (its TypeDefinition id);
// - book:  a hall appointment for one of the appointments domain's service codes;
// - pay:   one of the unified payment journeys (a traffic fine, a utility bill, a non-tax fee).
// catalogue.test.ts checks every id against the domain that serves it.
import type { ItemAction } from '../../../../contract'

export const ONLINE_ACTIONS: Readonly<Record<string, readonly ItemAction[]>> = {
  'jzz-sl': [
    { kind: 'apply', formType: 'residence_permit_apply' },
    { kind: 'book', serviceCode: 'residence-permit' },
  ],
  'jzz-qz': [{ kind: 'book', serviceCode: 'residence-permit' }],
  'jzz-bl': [{ kind: 'book', serviceCode: 'residence-permit' }],
  'sfz-hl': [{ kind: 'book', serviceCode: 'id-card' }],
  'jsz-hz': [
    { kind: 'apply', formType: 'driving_licence_renewal' },
    { kind: 'book', serviceCode: 'driving-licence' },
  ],
  'jtwf-cl': [{ kind: 'pay', payable: 'fine' }],
  'hz-qf': [{ kind: 'book', serviceCode: 'exit-entry' }],
  'gatxz-qz': [{ kind: 'book', serviceCode: 'exit-entry' }],
  'sbk-sl': [{ kind: 'book', serviceCode: 'social-security' }],
  'cxjm-yl': [{ kind: 'book', serviceCode: 'social-security' }],
  'syj-sl': [{ kind: 'book', serviceCode: 'social-security' }],
  'gjj-tq': [{ kind: 'book', serviceCode: 'housing-fund' }],
  'gjj-gf': [{ kind: 'book', serviceCode: 'housing-fund' }],
  'bdc-zy': [{ kind: 'book', serviceCode: 'real-estate' }],
  'bdc-cx': [{ kind: 'book', serviceCode: 'real-estate' }],
}
