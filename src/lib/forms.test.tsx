import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '@/api/client';
import { AmountInput } from '@/api/contract';
import { contractResolver, useContractForm } from './forms';

const Body = z.object({
  name: z.string().min(1, { message: 'validation.required' }),
  limit: z.object({ amount: AmountInput }),
});
type Values = { name: string; limit: { amount: string } };

describe('contractResolver', () => {
  const resolve = (values: Values, toBody?: (v: Values) => unknown) =>
    contractResolver<Values, typeof Body>(Body, toBody)(values, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });

  it('returns the schema output (typed text becomes a number) when the values are valid', async () => {
    const r = await resolve({ name: 'Ola', limit: { amount: '10 000,50' } });
    expect(r.errors).toEqual({});
    expect(r.values).toEqual({ name: 'Ola', limit: { amount: 1000050 } });
  });

  it('puts each issue at the nested field it names, with the contract code as message', async () => {
    const r = await resolve({ name: '', limit: { amount: 'ti kroner' } });
    expect(r.errors).toMatchObject({
      name: { message: 'validation.required' },
      limit: { amount: { message: 'validation.amountFormat' } },
    });
  });

  it('validates what toBody makes of the values, and loads a lazy schema', async () => {
    const lazy = contractResolver<Values, typeof Body>(
      async () => Body,
      (v) => ({ ...v, name: v.name.trim() }),
    );
    const r = await lazy({ name: '   ', limit: { amount: '1' } }, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    expect(r.errors).toMatchObject({ name: { message: 'validation.required' } });
  });
});

describe('useContractForm', () => {
  it("sets a 422 answer's field errors at their inputs and reports other failures as not handled", () => {
    const { result } = renderHook(() =>
      useContractForm(Body, { defaultValues: { name: 'Ola', limit: { amount: '' } } }),
    );
    let handled = false;
    act(() => {
      handled = result.current.applyServerErrors(
        new ApiError(422, {
          code: 'validation',
          message: 'x',
          fieldErrors: { 'limit.amount': { code: 'validation.amountTooLarge' } },
        }),
      );
    });
    expect(handled).toBe(true);
    expect(result.current.fieldError('limit.amount')).toBe('Beløpet kan ikke være større enn 1 000 000 000 NOK.');
    expect(result.current.applyServerErrors(new ApiError(409, { code: 'stale_version', message: 'x' }))).toBe(false);
    expect(result.current.applyServerErrors(new Error('boom'))).toBe(false);
  });
});
