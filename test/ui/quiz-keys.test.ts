import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { quizKeys, type QuizCommand, type QuizKeyMode } from '../../src/ui/state/quiz-keys.js';

const insert = (text: string): QuizCommand => ({ edit: { type: 'insert', text } });
const erase: QuizCommand = { edit: { type: 'erase' } };

describe('keys on the quiz screens', () => {
  it.each<[string, QuizKeyMode, string, Partial<Key>, QuizCommand[]]>([
    ['j moves down the choices', 'choose', 'j', {}, ['down']],
    ['Down moves down', 'choose', '', { downArrow: true }, ['down']],
    ['a digit jumps to a choice', 'choose', '3', {}, [{ digit: 3 }]],
    ['Space answers a single choice', 'choose', ' ', {}, ['submit']],
    ['Enter answers', 'choose', '\r', { return: true }, ['submit']],
    ['Tab skips', 'choose', '', { tab: true }, ['skip']],
    ['Esc ends the quiz', 'choose', '', { escape: true, meta: true }, ['stop']],
    ['? is help', 'choose', '?', {}, ['help']],
    ['q ends the quiz where nothing is typed', 'feedback', 'q', {}, ['stop']],
    ['keys read together act in order', 'choose', 'jj\r', {}, ['down', 'down', 'submit']],
    ['a paste with a letter that means nothing does nothing', 'choose', 'jqx', {}, []],
    ['Space ticks a choice of many', 'pick', ' ', {}, ['toggle']],
    ['Space picks up a step', 'arrange', ' ', {}, ['toggle']],
    ['Shift+Up moves the step', 'arrange', '', { upArrow: true, shift: true }, ['moveUp']],
    ['J moves the step down', 'arrange', 'J', {}, ['moveDown']],
    ['typed text goes into the field', 'line', 'k', {}, [insert('k')]],
    ['j is text in a field, not a move', 'line', 'j', {}, [insert('j')]],
    ['q is text in a field, not a way out', 'line', 'q', {}, [insert('q')]],
    ['composed Hangul arrives whole', 'line', '재시작', {}, [insert('재시작')]],
    ['Backspace arrives as delete and erases', 'line', '', { delete: true }, [erase]],
    ['Backspace as backspace erases too', 'line', '', { backspace: true }, [erase]],
    ['Enter answers a one-line field', 'line', '\r', { return: true }, ['submit']],
    ['a chunk with a Backspace inside', 'line', 'ab\x7fc', {}, [insert('ab'), erase, insert('c')]],
    ['Up scrolls a one-line field', 'line', '', { upArrow: true }, ['scrollUp']],
    ['Ctrl+U clears the field', 'line', 'u', { ctrl: true }, [{ edit: { type: 'clear' } }]],
    ['Enter starts a new line in a manifest', 'lines', '\r', { return: true }, [{ edit: { type: 'newline' } }]],
    ['Ctrl+S checks a manifest', 'lines', 's', { ctrl: true }, ['submit']],
    ['Ctrl+D checks a manifest too', 'lines', 'd', { ctrl: true }, ['submit']],
    ['a pasted manifest keeps its line breaks', 'lines', 'a:\r  b: 1', {}, [insert('a:\n  b: 1')]],
    ['Up moves the caret in a manifest', 'lines', '', { upArrow: true }, [{ edit: { type: 'move', to: 'up' } }]],
    ['Enter reveals a card', 'reveal', '\r', { return: true }, ['submit']],
    ['a digit rates a card', 'rate', '3', {}, [{ digit: 3 }]],
    ['5 is not a rating', 'rate', '5', {}, []],
    ['Left chooses the rating before', 'rate', '', { leftArrow: true }, ['prev']],
    ['Enter moves on after feedback', 'feedback', '\r', { return: true }, ['submit']],
    ['j scrolls the feedback', 'feedback', 'j', {}, ['scrollDown']],
    ['q goes back from a list', 'list', 'q', {}, ['back']],
    ['Backspace goes back from a list', 'list', '', { delete: true }, ['back']],
    ['Ctrl+C quits anywhere', 'line', 'c', { ctrl: true }, ['quit']],
  ])('%s', (_name, mode, input, key, expected) => {
    expect(quizKeys(mode, input, key)).toEqual(expected);
  });
});
