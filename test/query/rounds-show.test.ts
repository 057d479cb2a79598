import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { showRound } from '../../src/query/rounds-show.js';
import { mini } from '../helpers/mini.js';

const data = await mini();

describe('showRound', () => {
  it("resolves 'latest' to the highest round", () => {
    expect(showRound(data, 'latest').round).toBe(2);
  });

  it('gives an undisputed head with its name from the people registry', () => {
    const russia = showRound(data, '1').delegations.find((d) => d.party === 'russia');
    expect(russia?.head).toEqual({ disputed: false, person: 'envoy-a', name: 'Envoy A', title: 'Envoy', note: undefined, sources: ['s1'] });
  });

  it('keeps every version of a disputed head, without picking one', () => {
    const un = showRound(data, '2').delegations.find((d) => d.party === 'un');
    expect(un?.head?.disputed).toBe(true);
    expect(un?.head?.name).toBeUndefined();
    expect(un?.head?.versions?.map((v) => [v.name, v.sources])).toEqual([
      ['Envoy A', ['s1']],
      ['Envoy B', ['s2']],
    ]);
    expect(un?.head?.sources).toEqual(['s1', 's2']);
  });

  it('keeps every version of a disputed next meeting', () => {
    const next = showRound(data, '2').next;
    expect(next?.disputed).toBe(true);
    expect(next?.versions?.map((v) => v.city)).toEqual(['Astana', 'Moscow']);
  });

  it('lists absentees, resolutions with context, and the sources', () => {
    const r = showRound(data, '2');
    expect(r.absent).toEqual([{ party: 'syria-opposition', name: 'Syrian armed opposition', reason: 'boycott', sources: ['s2'] }]);
    expect(r.resolutions.map((x) => [x.symbol, x.number, x.body, x.context])).toEqual([
      ['S/RES/2254(2015)', 2254, 'UNSC', 'agenda'],
      ['A/ES-10/L.27', undefined, 'UNGA', 'joint-statement'],
    ]);
    expect(r.sources.map((s) => s.url)).toEqual(['https://example.org/two', 'https://example.org/three']);
  });

  it('rejects an unknown round with the nearest ones, and a non-number', () => {
    expect(() => showRound(data, '9')).toThrow("unknown round '9' (did you mean 1, 2?; 'astana rounds list' lists them all)");
    expect(() => showRound(data, 'two')).toThrow(UsageError);
  });
});
