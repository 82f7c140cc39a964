// JSON-LD serialisation: text containing "</script>" or "<!--" cannot end or alter the script block.
import { describe, expect, it } from 'vitest';
import { serialiseJsonLd } from '../../src/lib/json-ld.ts';

describe('serialiseJsonLd', () => {
  it('escapes <, > and & so the block cannot be closed, and parses back to the same value', () => {
    const value = { name: 'Evil </script><script>alert(1)</script> <!-- & \u2028' };
    const text = serialiseJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
