import { Box } from 'ink';
import { bodyHeight, type TerminalSize } from '../layout.js';
import type { Line } from '../views/line.js';
import { Lines } from './lines.js';

/** Props of `Frame`. */
export interface FrameProps {
  readonly size: TerminalSize;
  readonly header: Line;
  readonly body: readonly Line[];
  readonly footer: Line;
}

/**
 * The whole screen: header, body, footer, exactly `rows - 1` lines and `columns` wide. The body
 * is cut to its height here, so no screen can push the frame past the terminal.
 */
export function Frame({ size, header, body, footer }: FrameProps) {
  const height = bodyHeight(size.rows);
  return (
    <Box flexDirection="column" width={size.columns} height={height + 2}>
      <Lines lines={[header]} />
      <Box flexDirection="column" height={height} overflow="hidden">
        <Lines lines={body.slice(0, height)} />
      </Box>
      <Lines lines={[footer]} />
    </Box>
  );
}
