/**
 * What the shell draws: the screen on top of the stack, the help overlay, the notices, or a
 * request for a bigger terminal. Each has its own key handler; only the one on display is
 * mounted, and it goes inactive once the learner has asked to leave.
 */
import type { Key } from 'ink';
import { useIntentInput } from '../hooks/use-intent-input.js';
import { useKeyInput } from '../hooks/use-key-input.js';
import type { Intent } from '../keys.js';
import type { TerminalSize } from '../layout.js';
import type { Entry } from '../state/nav-state.js';
import type { ReaderState } from '../state/reader-state.js';
import type { AppData, LastVisited, Notice } from '../types.js';
import { headerLine, helpFooter, keySetOf, noticesFooter, screenFooter } from '../views/chrome.js';
import type { ViewContext } from '../views/context.js';
import { helpLines, noticesLines } from '../views/overlays.js';
import { readerTitle } from '../views/reader.js';
import { screenLines } from '../views/screen-lines.js';
import { clip, indented } from '../views/line.js';
import { Frame } from './frame.js';
import { Lines } from './lines.js';

/** Props shared by the three views. */
export interface ViewProps {
  readonly ctx: ViewContext;
  readonly size: TerminalSize;
  readonly entry: Entry;
  /** With the lessons finished this session marked done, and progress as it is now. */
  readonly data: AppData;
  /** The lesson open in the reader, if any. */
  readonly reader: ReaderState | undefined;
  readonly isActive: boolean;
  readonly onIntent: (intent: Intent) => void;
}

/** Props of the screen on top of the stack. */
export interface ScreenViewProps extends ViewProps {
  readonly lastVisited: LastVisited | undefined;
  /** Every key, raw: the reducer makes intents of them, or hands them to an open step. */
  readonly onKey: (input: string, key: Key) => void;
}

/** The screen on top of the stack, or a step open over its lesson page. */
export function ScreenView(props: ScreenViewProps) {
  const { ctx, size, entry, data } = props;
  const keys = keySetOf(entry.target, props.reader);
  useKeyInput(props.onKey, { isActive: props.isActive });
  return (
    <Frame
      size={size}
      header={headerLine(ctx, entry.target, data.lessons, readerTitle(props.reader, entry.target.id))}
      body={screenLines(ctx, entry, data, props.lastVisited, props.reader, size.rows)}
      footer={screenFooter(ctx, keys)}
    />
  );
}

/** The keys of the screen below. */
export function HelpView(props: ViewProps) {
  const { ctx, size, entry, data } = props;
  useIntentInput(props.onIntent, { isActive: props.isActive });
  return (
    <Frame
      size={size}
      header={headerLine(ctx, entry.target, data.lessons, readerTitle(props.reader, entry.target.id))}
      body={helpLines(ctx, keySetOf(entry.target, props.reader))}
      footer={helpFooter(ctx)}
    />
  );
}

/** The notices put up, until any key. */
export function NoticesView(props: ViewProps & { readonly notices: readonly Notice[]; readonly onDismiss: () => void }) {
  const { ctx, size, entry, data } = props;
  useIntentInput(props.onIntent, { isActive: props.isActive, onOtherKey: props.onDismiss });
  return (
    <Frame
      size={size}
      header={headerLine(ctx, entry.target, data.lessons, readerTitle(props.reader, entry.target.id))}
      body={noticesLines(ctx, props.notices)}
      footer={noticesFooter(ctx)}
    />
  );
}

/** Asks for a bigger terminal, wrapped to fit; the keys still work (q, Ctrl+C). */
export function TooSmallView(props: { readonly text: string; readonly size: TerminalSize; readonly onIntent: (intent: Intent) => void }) {
  useIntentInput(props.onIntent, { isActive: true });
  const lines = clip(indented(props.text, props.size.columns, 0), Math.max(1, props.size.rows - 1), props.size.columns);
  return <Lines lines={lines} />;
}
