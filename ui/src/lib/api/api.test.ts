import { beforeEach, describe, expect, it, vi } from 'vitest';

const invoke = vi.fn();
vi.mock('@tauri-apps/api/core', () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { ApiError, appInfo, call } = await import('./index');

describe('ApiError.from', () => {
  it('keeps kind and message of an IpcError payload', () => {
    const error = ApiError.from({ kind: 'not_found', message: 'no such campaign' }, 'campaign_get');
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error.kind).toBe('not_found');
    expect(error.message).toBe('no such campaign');
    expect(error.command).toBe('campaign_get');
    expect(error.name).toBe('ApiError');
  });

  it('maps a bare string (Tauri refusing the call) to kind "ipc"', () => {
    const error = ApiError.from('command nope not found');
    expect(error.kind).toBe('ipc');
    expect(error.message).toBe('command nope not found');
  });

  it('maps exceptions and odd values to kind "internal"', () => {
    expect(ApiError.from(new TypeError('no runtime')).kind).toBe('internal');
    expect(ApiError.from(new TypeError('no runtime')).message).toBe('no runtime');
    const odd = ApiError.from({ kind: 42 });
    expect(odd.kind).toBe('internal');
    expect(odd.message).toContain('{"kind":42}');
    expect(ApiError.from(undefined).message).toContain('undefined');
  });

  it('returns an ApiError unchanged', () => {
    const original = new ApiError('validation', 'name is empty');
    expect(ApiError.from(original)).toBe(original);
  });
});

describe('call', () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it('resolves with the command result', async () => {
    invoke.mockResolvedValue({ version: '1.2.3' });
    await expect(appInfo()).resolves.toEqual({ version: '1.2.3' });
    expect(invoke).toHaveBeenCalledWith('app_info', undefined);
  });

  it('rejects with an ApiError carrying the back end kind', async () => {
    invoke.mockRejectedValue({ kind: 'validation', message: 'name is empty' });
    const error = await call('organisation_create', { name: '' }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as InstanceType<typeof ApiError>;
    expect([apiError.kind, apiError.message, apiError.command]).toEqual([
      'validation',
      'name is empty',
      'organisation_create',
    ]);
  });
});

describe('data-changed', () => {
  it('lets a view know which changes concern it', async () => {
    const { affects } = await import('./events');
    expect(affects('campaign', ['campaign', 'event'])).toBe(true);
    expect(affects('person', ['campaign', 'event'])).toBe(false);
    expect(affects('all', ['organisation'])).toBe(true);
  });
});

describe('Ctrl+N', () => {
  it('runs the handler of the showing view until it unregisters', async () => {
    const { onNewShortcut, triggerNew } = await import('../shortcuts');
    const handler = vi.fn();
    const stop = onNewShortcut(handler);
    expect(triggerNew()).toBe(true);
    expect(handler).toHaveBeenCalledTimes(1);
    stop();
    expect(triggerNew()).toBe(false);
  });
});
