// Parse tables transcribed from upstream staging/src/k8s.io/apimachinery/pkg/api/resource/
// quantity_test.go. The exact value and format of every TestQuantityParse row are upstream's;
// the printed strings are upstream's where a test asserts them and otherwise derived by hand
// from the code (`canonicalize` = CanonicalizeBytes, `keepsText` = the fast-path cache rule).
import type { QuantityFormat } from '../../src/sim/quantity.js';

const DSI: QuantityFormat = 'DecimalSI';
const BSI: QuantityFormat = 'BinarySI';
const DEX: QuantityFormat = 'DecimalExponent';
const MAX = 9223372036854775807n;

/** [input, mantissa, exponent, format, canonicalize, keepsText]; String() = keepsText ? input : canonicalize. */
export type ParseRow = readonly [string, bigint, number, QuantityFormat, string, boolean];

/** TestQuantityParse `table`, in upstream order (its two duplicate rows included). */
export const UPSTREAM_PARSE: readonly ParseRow[] = [
  ['0', 0n, 0, DSI, '0', true],
  ['0n', 0n, 0, DSI, '0', false],
  ['0u', 0n, 0, DSI, '0', false],
  ['0m', 0n, 0, DSI, '0', false],
  ['0Ki', 0n, 0, BSI, '0', false],
  ['0k', 0n, 0, DSI, '0', false],
  ['0Mi', 0n, 0, BSI, '0', false],
  ['0M', 0n, 0, DSI, '0', false],
  ['0Gi', 0n, 0, BSI, '0', false],
  ['0G', 0n, 0, DSI, '0', false],
  ['0Ti', 0n, 0, BSI, '0', false],
  ['0T', 0n, 0, DSI, '0', false],
  ['1', 1n, 0, DSI, '1', true],
  ['1Ki', 1024n, 0, BSI, '1Ki', true],
  ['8Ki', 8192n, 0, BSI, '8Ki', false],
  ['7Mi', 7340032n, 0, BSI, '7Mi', true],
  ['6Gi', 6442450944n, 0, BSI, '6Gi', true],
  ['5Ti', 5497558138880n, 0, BSI, '5Ti', true],
  ['4Pi', 4503599627370496n, 0, BSI, '4Pi', false],
  ['3Ei', 3458764513820540928n, 0, BSI, '3Ei', false],
  ['10Ti', 10995116277760n, 0, BSI, '10Ti', true],
  ['100Ti', 109951162777600n, 0, BSI, '100Ti', false],
  ['5n', 5n, -9, DSI, '5n', true],
  ['4u', 4n, -6, DSI, '4u', true],
  ['3m', 3n, -3, DSI, '3m', true],
  ['9', 9n, 0, DSI, '9', true],
  ['8k', 8n, 3, DSI, '8k', true],
  ['50k', 5n, 4, DSI, '50k', true],
  ['7M', 7n, 6, DSI, '7M', true],
  ['6G', 6n, 9, DSI, '6G', true],
  ['5T', 5n, 12, DSI, '5T', true],
  ['40T', 4n, 13, DSI, '40T', true],
  ['300T', 3n, 14, DSI, '300T', true],
  ['2P', 2n, 15, DSI, '2P', true],
  ['1E', 1n, 18, DSI, '1E', true],
  ['1E-3', 1n, -3, DEX, '1e-3', true],
  ['1e3', 1n, 3, DEX, '1e3', true],
  ['1E6', 1n, 6, DEX, '1e6', true],
  ['1e9', 1n, 9, DEX, '1e9', true],
  ['1E12', 1n, 12, DEX, '1e12', true],
  ['1e15', 1n, 15, DEX, '1e15', true],
  ['1E18', 1n, 18, DEX, '1e18', true],
  ['1e14', 1n, 14, DEX, '100e12', false],
  ['1e13', 1n, 13, DEX, '10e12', false],
  ['1e3', 1n, 3, DEX, '1e3', true],
  ['100.035k', 100035n, 0, DSI, '100035', true],
  ['0.001', 1n, -3, DSI, '1m', false],
  ['0.0005k', 5n, -1, DSI, '500m', false],
  ['0.005', 5n, -3, DSI, '5m', false],
  ['0.05', 5n, -2, DSI, '50m', false],
  ['0.5', 5n, -1, DSI, '500m', false],
  ['0.00050k', 5n, -1, DSI, '500m', false],
  ['0.00500', 5n, -3, DSI, '5m', false],
  ['0.05000', 5n, -2, DSI, '50m', false],
  ['0.50000', 5n, -1, DSI, '500m', false],
  ['0.5e0', 5n, -1, DEX, '500e-3', false],
  ['0.5e-1', 5n, -2, DEX, '50e-3', false],
  ['0.5e-2', 5n, -3, DEX, '5e-3', false],
  ['0.5e0', 5n, -1, DEX, '500e-3', false],
  ['10.035M', 10035n, 3, DSI, '10035k', true],
  ['1.2e3', 12n, 2, DEX, '1200', false],
  ['1.3E+6', 13n, 5, DEX, '1300e3', false],
  ['1.40e9', 14n, 8, DEX, '1400e6', false],
  ['1.53E12', 153n, 10, DEX, '1530e9', false],
  ['1.6e15', 16n, 14, DEX, '1600e12', false],
  ['1.7E18', 17n, 17, DEX, '1700e15', false],
  ['9.01', 901n, -2, DSI, '9010m', false],
  ['8.1k', 81n, 2, DSI, '8100', false],
  ['7.123456M', 7123456n, 0, DSI, '7123456', true],
  ['6.987654321G', 6987654321n, 0, DSI, '6987654321', true],
  ['5.444T', 5444n, 9, DSI, '5444G', true],
  ['40.1T', 401n, 11, DSI, '40100G', false],
  ['300.2T', 3002n, 11, DSI, '300200G', false],
  ['2.5P', 25n, 14, DSI, '2500T', false],
  ['1.01E', 101n, 16, DSI, '1010P', false],
  ['3.001n', 4n, -9, DSI, '4n', false],
  ['1.1E-9', 2n, -9, DEX, '2e-9', false],
  ['0.0000000001', 1n, -9, DSI, '1n', false],
  ['0.0000000005', 1n, -9, DSI, '1n', false],
  ['0.00000000050', 1n, -9, DSI, '1n', false],
  ['0.5e-9', 1n, -9, DEX, '1e-9', false],
  ['0.9n', 1n, -9, DSI, '1n', false],
  ['0.00000012345', 124n, -9, DSI, '124n', false],
  ['0.00000012354', 124n, -9, DSI, '124n', false],
  ['9Ei', MAX, 0, BSI, '9223372036854775807', false],
  ['9223372036854775807Ki', MAX, 0, BSI, '9223372036854775807', false],
  ['12E', 12n, 18, DSI, '12E', true],
  ['100.035Ki', 10243584n, -2, BSI, '102435840m', false],
  ['0.5Mi', 524288n, 0, BSI, '512Ki', false],
  ['0.05Gi', 536870912n, -1, BSI, '53687091200m', false],
  ['0.025Ti', 274877906944n, -1, BSI, '27487790694400m', false],
  ['0.000000000001Ki', 2n, -9, DSI, '2n', false],
  ['.001', 1n, -3, DSI, '1m', false],
  ['.0001k', 100n, -3, DSI, '100m', false],
  ['1.', 1n, 0, DSI, '1', true],
  ['1.G', 1n, 9, DSI, '1G', true],
];

/** Not in an upstream table: the type's doc-comment example `1.5`, then odd inputs read from the code. */
export const CODE_READING_PARSE: readonly ParseRow[] = [
  ['1.5', 15n, -1, DSI, '1500m', false],
  ['+1', 1n, 0, DSI, '1', true],
  ['01', 1n, 0, DSI, '1', true],
  ['+1Ki', 1024n, 0, BSI, '1Ki', true],
  ['1.500', 15n, -1, DSI, '1500m', true],
  ['1.5Gi', 1610612736n, 0, BSI, '1536Mi', false],
  ['1024Mi', 1073741824n, 0, BSI, '1Gi', false],
  ['1025Ki', 1049600n, 0, BSI, '1025Ki', true],
  ['2048Ki', 2097152n, 0, BSI, '2Mi', false],
  ['1.08', 108n, -2, DSI, '1080m', false],
  ['100m', 1n, -1, DSI, '100m', true],
  ['250m', 25n, -2, DSI, '250m', true],
  ['2000m', 2n, 0, DSI, '2', false],
  ['128974848', 128974848n, 0, DSI, '128974848', true],
  ['129e6', 129n, 6, DEX, '129e6', true],
  ['129M', 129n, 6, DSI, '129M', true],
  ['123Mi', 128974848n, 0, BSI, '123Mi', true],
  ['00', 0n, 0, DSI, '0', false],
  ['-0', 0n, 0, DSI, '0', false],
  ['.', 0n, 0, DSI, '0', false],
  ['-', 0n, 0, DSI, '0', false],
  ['m', 0n, 0, DSI, '0', false],
  ['Ki', 0n, 0, BSI, '0', false],
  ['1000e-12', 1n, -9, DEX, '1e-9', false],
  ['0e-2147483647', 0n, 0, DEX, '0', false],
  ['1E2147483647', 1n, 2147483647, DEX, '10e2147483646', false],
  ['1E2147483646', 1n, 2147483646, DEX, '1e2147483646', true],
  ['1E-2147483647', 1n, -9, DEX, '1e-9', false],
];

/** [input, error]: TestQuantityParse `invalid` plus the empty string. */
export const UPSTREAM_INVALID: readonly (readonly [string, 'format' | 'suffix' | 'numeric'])[] = [
  ['', 'format'],
  ['1.1.M', 'format'],
  ['1+1.0M', 'format'],
  ['0.1mi', 'suffix'],
  ['0.1am', 'format'],
  ['aoeu', 'format'],
  ['.5i', 'suffix'],
  ['1i', 'suffix'],
  ['-3.01i', 'suffix'],
  ['-3.01e-', 'suffix'],
  ['1e4294967297', 'suffix'],
  [' 1', 'format'],
  ['1 ', 'format'],
];

/** Invalid inputs read from the code; the error kind decides the API server's message. */
export const CODE_READING_INVALID: readonly (readonly [string, 'format' | 'suffix' | 'numeric'])[] = [
  ['1gb', 'format'],
  ['500MB', 'format'],
  ['2gi', 'format'],
  ['1K', 'suffix'],
  ['1e', 'suffix'],
  ['1-', 'suffix'],
  ['1Mi ', 'format'],
  ['.e-10', 'numeric'],
  ['.Pi', 'numeric'],
  ['Pi', 'numeric'],
];

/** TestParseQuantityString: [input, positive, value, num, denom, suffix]. */
export const UPSTREAM_SCAN: readonly (readonly [string, boolean, string, string, string, string])[] = [
  ['0.025Ti', true, '0.025', '0', '025', 'Ti'],
  ['1.025Ti', true, '1.025', '1', '025', 'Ti'],
  ['-1.025Ti', false, '-1.025', '1', '025', 'Ti'],
  ['.', true, '.', '0', '', ''],
  ['-.', false, '-.', '0', '', ''],
  ['1E-3', true, '1', '1', '', 'E-3'],
];

/** TestInterpretExponentInt32Bounds, through the parser: [suffix, exponent or undefined]. */
export const UPSTREAM_EXPONENT_BOUNDS: readonly (readonly [string, number | undefined])[] = [
  ['e14', 14],
  ['E2147483647', 2147483647],
  ['E-2147483647', -2147483647],
  ['E2147483648', undefined],
  ['E-2147483648', undefined],
  ['E4294967297', undefined],
  ['E8589934592', undefined],
  ['E9223372036854775807', undefined],
  ['E9223372036854775808', undefined],
  ['E6024865272343', undefined],
];

/** TestJSONWhitespace: what the API server reads from a manifest value, and prints. */
export const UPSTREAM_JSON_WHITESPACE: readonly (readonly [string, string])[] = [
  [' 1', '1'], ['1 ', '1'], ['1', '1'], [' 1', '1'], ['1 ', '1'], ['10', '10'], ['-1', '-1'], [' -1', '-1'],
];
