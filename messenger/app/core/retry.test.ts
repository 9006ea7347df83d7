import { describe, expect, it } from 'vitest';
import { ApiError, isRetryable, withRetry } from './retry.ts';

const noWait = async () => undefined;

describe('withRetry', () => {
  it('tries again after a network failure or a server error, then succeeds', async () => {
    const failures = [new ApiError(0, 'network', 'down'), new ApiError(503, 'server_error', 'busy')];
    let attempts = 0;
    const result = await withRetry(
      async () => {
        attempts++;
        const failure = failures.shift();
        if (failure) throw failure;
        return 'sent';
      },
      [1, 1, 1],
      noWait,
    );
    expect(result).toBe('sent');
    expect(attempts).toBe(3);
  });

  it('gives up after the last delay', async () => {
    let attempts = 0;
    const attempt = async () => {
      attempts++;
      throw new ApiError(0, 'network', 'down');
    };
    await expect(withRetry(attempt, [1, 1], noWait)).rejects.toThrow('down');
    expect(attempts).toBe(3);
  });

  it('does not retry bad input or a refused identity', async () => {
    let attempts = 0;
    const attempt = async () => {
      attempts++;
      throw new ApiError(401, 'unauthorized', 'user_hash does not match');
    };
    await expect(withRetry(attempt, [1, 1], noWait)).rejects.toThrow('user_hash');
    expect(attempts).toBe(1);
  });
});

describe('isRetryable', () => {
  it('is true for the network, 429 and 5xx only', () => {
    expect(isRetryable(new ApiError(0, 'network', ''))).toBe(true);
    expect(isRetryable(new ApiError(429, 'rate_limited', ''))).toBe(true);
    expect(isRetryable(new ApiError(500, 'server_error', ''))).toBe(true);
    expect(isRetryable(new ApiError(400, 'parameter_invalid', ''))).toBe(false);
    expect(isRetryable(new Error('other'))).toBe(false);
  });
});
