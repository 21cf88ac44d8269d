// The yardstick for the app's first frame: the smallest Ink app, bundled the way podlab is.
import React from 'react';
import { render, Text } from 'ink';

const { unmount } = render(<Text>minimal ink ready</Text>);
setTimeout(() => unmount(), 50);
