/**
 * SNOMED CT identifiers from the packed form the dm+d table stores (table.ts, packing 'sctid'): a UK
 * drug extension id is its item identifier, an international id `_` and its item identifier; the
 * namespace (1000001), partition (10 or 00) and Verhoeff check digit are added back here.
 */
const VERHOEFF_D = '0123456789123406789523401789563401289567401239567859876043216598710432765982104387659321049876543210';
const VERHOEFF_P = '01234567891576283094580379614289160435279453126870428657390127938064157046913258';
const VERHOEFF_INV = '0432156789';

/** The Verhoeff check digit SNOMED CT appends to an identifier's other digits. */
export function verhoeffDigit(digits: string): string {
  let c = 0;
  for (let i = 0; i < digits.length; i += 1) {
    c = Number(VERHOEFF_D[c * 10 + Number(VERHOEFF_P[((i + 1) % 8) * 10 + Number(digits[digits.length - 1 - i])])]);
  }
  return VERHOEFF_INV[c] as string;
}

/** A packed id back to the full SNOMED CT identifier. */
export function sctidOf(packed: string): string {
  const body = packed.startsWith('_') ? `${packed.slice(1)}00` : `${packed}100000110`;
  return body + verhoeffDigit(body);
}
