import { Text } from 'ink';
import { assertNever } from '../../util/assert-never.js';
import type { Line, Tone } from '../views/line.js';

/** Ink text props of a tone: the only place that picks colours. */
function styleOf(tone: Tone | undefined): { color?: string; bold?: boolean; dimColor?: boolean; strikethrough?: boolean } {
  switch (tone) {
    case undefined:
    case 'plain':
      return {};
    case 'title':
      return { bold: true };
    case 'accent':
      return { color: 'cyan', bold: true };
    case 'selected':
      return { color: 'cyan', bold: true };
    case 'dim':
      return { dimColor: true };
    case 'good':
      return { color: 'green' };
    case 'warn':
      return { color: 'yellow', bold: true };
    case 'struck':
      return { strikethrough: true, dimColor: true };
    // Note: colours only through `color`, which chalk drops under FORCE_COLOR=0 (NO_COLOR).
    case 'codeKey':
      return { color: 'cyan' };
    case 'codeValue':
      return { color: 'green' };
    case 'codeComment':
      return { color: 'gray' };
    case 'codeDash':
      return { color: 'magenta' };
    default:
      return assertNever(tone);
  }
}

/** Props of `Lines`. */
export interface LinesProps {
  /** Each already fits the width; `truncate-end` is only a safety net against a wide glyph. */
  readonly lines: readonly Line[];
}

/** Draws prepared lines, one terminal line each. */
export function Lines({ lines }: LinesProps) {
  return (
    <>
      {lines.map((spans, i) => (
        <Text key={i} wrap="truncate-end">
          {spans.length === 0 ? ' ' : spans.map((s, j) => (
            <Text key={j} {...styleOf(s.tone)}>
              {s.text}
            </Text>
          ))}
        </Text>
      ))}
    </>
  );
}
