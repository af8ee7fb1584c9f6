import { TRPCClientError } from '@trpc/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { isTransportError, sendWithFallback } from './use-chat'

const appError = () => new TRPCClientError('This conversation is finished', { result: { error: { code: -32603, message: 'finished', data: { code: 'CONFLICT' } } } })
const transportError = () => TRPCClientError.from(new Error('WebSocket closed'))
const never = <T>() => new Promise<T>(() => {})

describe('sendWithFallback (one turn, WS first, HTTP as the fallback)', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('tells network trouble from an answer of the server', () => {
    expect(isTransportError(transportError())).toBe(true)
    expect(isTransportError(new TypeError('Failed to fetch'))).toBe(true)
    expect(isTransportError(appError())).toBe(false)
  })

  it('goes straight to HTTP when the socket is not open', async () => {
    const ws = vi.fn(() => Promise.resolve('ws'))
    await expect(sendWithFallback(ws, () => Promise.resolve('http'), false)).resolves.toBe('http')
    expect(ws).not.toHaveBeenCalled()
  })

  it('uses the socket alone when it answers', async () => {
    const http = vi.fn(() => Promise.resolve('http'))
    await expect(sendWithFallback(() => Promise.resolve('ws'), http, true)).resolves.toBe('ws')
    await vi.advanceTimersByTimeAsync(10_000)
    expect(http).not.toHaveBeenCalled()
  })

  it('resends over HTTP at once when the socket drops mid-turn', async () => {
    const http = vi.fn(() => Promise.resolve('http'))
    await expect(sendWithFallback(() => Promise.reject(transportError()), http, true)).resolves.toBe('http')
    expect(http).toHaveBeenCalledTimes(1)
  })

  it('does not resend what the server refused', async () => {
    const http = vi.fn(() => Promise.resolve('http'))
    await expect(sendWithFallback(() => Promise.reject(appError()), http, true)).rejects.toThrow('This conversation is finished')
    expect(http).not.toHaveBeenCalled()
  })

  it('also sends over HTTP when a half-dead socket stays silent, and the first reply wins', async () => {
    const http = vi.fn(() => Promise.resolve('http'))
    const result = sendWithFallback(never<string>, http, true, 6000)
    await vi.advanceTimersByTimeAsync(5999)
    expect(http).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    await expect(result).resolves.toBe('http')
  })

  it('fails only when both ways failed', async () => {
    let failWs: (e: unknown) => void = () => {}
    const ws = () => new Promise<string>((_, reject) => (failWs = reject))
    const result = sendWithFallback(ws, () => Promise.reject(transportError()), true, 100)
    const settled = vi.fn()
    result.then(settled, settled)
    await vi.advanceTimersByTimeAsync(100)
    expect(settled).not.toHaveBeenCalled()
    failWs(transportError())
    await expect(result).rejects.toBeInstanceOf(TRPCClientError)
  })
})
