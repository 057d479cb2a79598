import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { listMeetings, showMeeting } from '../../src/query/meetings.js';
import { listResolutions, showResolution } from '../../src/query/resolutions.js';
import { mini } from '../helpers/mini.js';

const data = await mini();

describe('meetings', () => {
  it('lists every kind in date order with a stable id', () => {
    expect(listMeetings(data)).toEqual([
      { id: 'round-1', kind: 'round', number: 1, start: '2020-01-10', end: '2020-01-11', city: 'Astana', cityId: 'astana' },
      { id: 'summit-1', kind: 'summit', number: 1, start: '2020-03-01', end: '2020-03-01', city: 'video conference', cityId: 'video-conference' },
      { id: 'round-2', kind: 'round', number: 2, start: '2020-05-01', end: '2020-05-02', city: 'Sochi', cityId: 'sochi' },
    ]);
  });

  it('filters by kind, singular or plural', () => {
    expect(listMeetings(data, { kind: 'summit' }).map((m) => m.id)).toEqual(['summit-1']);
    expect(listMeetings(data, { kind: 'rounds' }).map((m) => m.id)).toEqual(['round-1', 'round-2']);
    expect(() => listMeetings(data, { kind: 'congress' })).toThrow('kinds: round, summit, ministerial');
  });

  it('takes the filters of rounds list, on every kind of meeting', () => {
    const ids = (options: Parameters<typeof listMeetings>[1]): string[] => listMeetings(data, options).map((m) => m.id);
    expect(ids({ from: '2020-02-01', to: '2020-04-30' })).toEqual(['summit-1']);
    expect(ids({ city: 'Video Conference' })).toEqual(['summit-1']);
    expect(ids({ party: 'UN' })).toEqual(['round-2']);
    expect(ids({ topic: 'golan', kind: 'round' })).toEqual(['round-2']);
    expect(ids({ topic: 'golan', kind: 'summit' })).toEqual(['summit-1']);
    expect(ids({ topic: 'demining', kind: 'summit' })).toEqual([]);
  });

  it('matches a city by identity, whatever it was called at the time', () => {
    expect(listMeetings(data, { city: 'nur-sultan' }).map((m) => m.id)).toEqual(['round-1']);
    expect(listMeetings(data, { city: 'NUR SULTAN' }).map((m) => m.city)).toEqual(['Astana']);
    expect(() => listMeetings(data, { city: 'Sotchi' })).toThrow("unknown city 'Sotchi' (did you mean Sochi?)");
    expect(() => listMeetings(data, { city: 'Paris' })).toThrow("unknown city 'Paris' (cities: astana, sochi, video-conference)");
  });

  it('shows a meeting by id or short id, with the same detail as a round', () => {
    const summit = showMeeting(data, 's1');
    expect(summit).toMatchObject({ id: 'summit-1', kind: 'summit', number: 1, city: 'video conference' });
    expect(summit.delegations[0]?.head?.name).toBe('Envoy B');
    expect(showMeeting(data, 'round-2').agenda.map((a) => a.topic)).toEqual(['idlib', 'golan']);
    // A bare number is a round, as everywhere else a meeting is asked for.
    expect(showMeeting(data, '2').id).toBe('round-2');
    expect(showMeeting(data, ' latest ').id).toBe(`round-${data.rounds.at(-1)!.round}`);
    expect(() => showMeeting(data, '99')).toThrow("unknown round '99'");
  });

  it('names the nearest ids for an unknown meeting', () => {
    expect(() => showMeeting(data, 'sumit-1')).toThrow(UsageError);
    expect(() => showMeeting(data, 'sumit-1')).toThrow('did you mean summit-1');
  });

  it('counts summit citations of a resolution apart from the rounds', () => {
    expect(listResolutions(data).find((r) => r.number === 2254)).toMatchObject({ rounds: [1, 2], otherMeetings: ['summit-1'] });
    const detail = showResolution(data, '2254');
    expect(detail.citations.map((c) => c.round)).toEqual([1, 2]);
    expect(detail.otherCitations.map((c) => c.meeting)).toEqual(['summit-1']);
  });
});
