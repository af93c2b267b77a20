import { describe, expect, it } from 'vitest';
import { unionPolicy } from '../../../src/lib/deploy/csp-union';

describe('unionPolicy', () => {
  it('allows in each directive what any page allows, each source once', () => {
    const policy = unionPolicy([
      "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-x'",
      "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self' 'sha256-x'",
    ]);
    expect(policy).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-x'");
  });

  it('adds what only a header can say', () => {
    expect(unionPolicy(["default-src 'self'"], ["frame-ancestors 'none'"])).toBe(
      "default-src 'self'; frame-ancestors 'none'",
    );
  });

  it('reads Astro’s spacing (no space after some semicolons, a trailing one)', () => {
    expect(unionPolicy(["default-src 'self';img-src 'self'; script-src 'self';"])).toBe(
      "default-src 'self'; img-src 'self'; script-src 'self'",
    );
  });

  it('treats directive names without regard to case', () => {
    expect(unionPolicy(["Script-Src 'self'", "script-src 'sha256-a'"])).toBe("script-src 'self' 'sha256-a'");
  });
});
