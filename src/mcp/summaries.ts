import type { AgendaDiff } from '../query/agenda-diff.js';
import type { TopicHistory } from '../query/agenda-history.js';
import type { AttendanceRecord } from '../query/attendance.js';
import type { ChangeReport, DataVersion } from '../query/changes.js';
import type { CitedSource } from '../query/cite.js';
import type { MeetingDiff } from '../query/meeting-diff.js';
import type { MeetingShow, MeetingSummary } from '../query/meetings.js';
import type { PartyDetail, PartySummary } from '../query/parties.js';
import type { PersonDetail, PersonSummary } from '../query/people.js';
import type { ResolutionDetail, ResolutionSummary } from '../query/resolutions.js';
import type { SearchHit } from '../query/search.js';
import type { DuplicateSource, SourceRecord, SourcesOutput } from '../query/sources.js';
import type { TopicDetail, TopicSummary } from '../query/topics.js';
import { ranges } from '../render/ranges.js';
import type { Args } from './arguments.js';
import { dateSpan } from '../text/dates.js';
import { plural } from '../text/plural.js';
import { headText, joined } from './text.js';

/**
 * The short text beside each tool's JSON: what a person would want first, in a few lines. The
 * sources and the data line are added to every summary by the caller (src/mcp/result.ts).
 * Each summary says "unknown" where the data does not know, "disputed" where sources disagree
 * and "unconfirmed" where a difference cannot be told from the records; none turns them into
 * a fact or leaves them out.
 */

const rounds = (numbers: readonly number[]): string => (numbers.length === 0 ? '' : `${numbers.length === 1 ? 'round' : 'rounds'} ${ranges(numbers)}`);
const meetingsAt = (numbers: readonly number[], others: readonly string[], empty: string): string => joined([rounds(numbers), ...others].filter(Boolean), empty);

export function meetingsList(list: readonly MeetingSummary[]): string[] {
  if (list.length === 0) return ['No meeting matches.'];
  return [`${plural(list.length, 'meeting')}:`, ...list.map((m) => `${m.id}: ${dateSpan(m.start, m.end)}, ${m.city}`)];
}

/** A meeting, or the sections of it that were asked for (the keys the JSON holds). */
export function meetingShow(m: Partial<MeetingShow> & Pick<MeetingShow, 'id'>): string[] {
  const lines: string[] = [];
  const has = (key: keyof MeetingShow): boolean => Object.hasOwn(m, key);
  lines.push(has('start') ? `${m.id}: ${dateSpan(m.start!, m.end!)}, ${m.city}${m.venue ? ` (${m.venue})` : ''}.` : `${m.id}:`);
  const c = m.coverage;
  // Without coverage in the result, an empty list cannot be read as "none".
  const complete = (part: 'agenda' | 'resolutions'): boolean => c?.[part] === 'complete';
  const scope = (part: 'agenda' | 'resolutions'): string => (c === undefined ? '' : complete(part) ? ' (coded in full)' : `; coverage ${c[part]}, so others are unknown`);
  if (c) lines.push(`Coverage: agenda ${c.agenda}, resolutions ${c.resolutions}${c.note ? ` (${c.note})` : ''}.`);
  if (m.delegations) {
    if (m.delegations.length === 0) lines.push('Delegations: unknown.');
    else lines.push(`Delegations (${m.delegations.length}):`, ...m.delegations.map((d) => `- ${d.name} (${d.party}), ${d.role}: head ${headText(d.head)}`));
  }
  if (m.absent && m.absent.length > 0) lines.push(`Absent: ${m.absent.map((a) => `${a.name} (reason: ${a.reason ?? 'unknown'})`).join('; ')}.`);
  if (m.agenda) {
    const none = complete('agenda') ? 'none (the documents read name no agenda topic)' : 'unknown';
    lines.push(`Agenda${m.agenda.length > 0 ? ` (${plural(m.agenda.length, 'topic')}${scope('agenda')})` : ''}: ${joined(m.agenda.map((a) => a.label), none)}.`);
  }
  if (m.resolutions) {
    const none = complete('resolutions') ? 'none (the documents read name no UN resolution)' : 'unknown';
    lines.push(`UN resolutions${m.resolutions.length > 0 ? ` (${m.resolutions.length}${scope('resolutions')})` : ''}: ${joined(m.resolutions.map((r) => `${r.symbol} (${r.context})`), none)}.`);
  }
  if (m.documents && m.documents.length > 0) lines.push(`Documents adopted: ${m.documents.map((d) => `${d.title} (${d.kind}${d.date ? `, ${d.date}` : ''})`).join('; ')}.`);
  // The key is there, undefined, whenever the section was asked for: no source states it.
  if (has('next')) {
    const n = m.next;
    const text = n === undefined ? 'unknown' : n.disputed ? `disputed: ${(n.versions ?? []).map((v) => v.summary).join(' / ')}` : (n.summary ?? 'unknown');
    lines.push(`Next meeting agreed: ${text}.`);
  }
  if (m.notes && m.notes.length > 0) lines.push(`Notes: ${plural(m.notes.length, 'note')} in the JSON.`);
  return lines;
}

export function agendaDiff(d: AgendaDiff): string[] {
  const lines = [`Agenda of ${d.from} → ${d.to}: ${d.added.length} added, ${d.removed.length} removed, ${d.kept.length} kept, ${d.unconfirmed.length} unconfirmed.`];
  if (d.added.length > 0) lines.push(`Added: ${d.added.map((t) => t.label).join('; ')}.`);
  if (d.removed.length > 0) lines.push(`Removed: ${d.removed.map((t) => t.label).join('; ')}.`);
  if (d.kept.length > 0) lines.push(`Kept: ${d.kept.map((t) => t.label).join('; ')}.`);
  for (const t of d.unconfirmed) lines.push(`Unconfirmed: ${t.label}, recorded at ${t.recordedAt} only; not a change, since ${t.why}.`);
  return lines;
}

export function meetingDiff(d: MeetingDiff): string[] {
  const head = (h: string | null): string => h ?? 'unknown';
  const lines = [`${d.from} → ${d.to}: ${d.same ? 'no supported difference in attendance, agenda or resolutions' : 'they differ'}.`];
  if (d.dates) lines.push(`Dates: ${d.dates.from} → ${d.dates.to}.`);
  if (d.city) lines.push(`City: ${d.city.from} → ${d.city.to}.`);
  const del = d.delegations;
  if (del.added.length > 0) lines.push(`Delegations added: ${del.added.map((a) => `${a.party} (${a.role}, head ${head(a.head)})`).join('; ')}.`);
  if (del.removed.length > 0) lines.push(`Delegations removed (recorded absent at ${d.to}): ${del.removed.map((a) => a.party).join('; ')}.`);
  for (const c of del.changed) {
    const parts = [c.role ? `role ${c.role.from} → ${c.role.to}` : '', c.head ? `head ${head(c.head.from)} → ${head(c.head.to)}` : ''].filter(Boolean);
    lines.push(`${c.party}: ${parts.join(', ')}.`);
  }
  if (d.agenda.added.length + d.agenda.removed.length > 0) lines.push(`Agenda: added ${joined(d.agenda.added, 'none')}; removed ${joined(d.agenda.removed, 'none')}.`);
  if (d.agenda.kept.length > 0) lines.push(`Agenda kept: ${d.agenda.kept.join('; ')}.`);
  const res = d.resolutions;
  if (res.added.length + res.removed.length + res.changed.length > 0) {
    lines.push(`UN resolutions: added ${joined(res.added.map((r) => r.symbol), 'none')}; removed ${joined(res.removed.map((r) => r.symbol), 'none')}; context changed ${joined(res.changed.map((r) => `${r.symbol} ${r.context.from} → ${r.context.to}`), 'none')}.`);
  }
  for (const u of [...del.unconfirmed, ...d.agenda.unconfirmed, ...res.unconfirmed]) lines.push(`Unconfirmed: ${u.item}, recorded at ${u.recordedAt} only; ${u.why}.`);
  return lines;
}

/** One line per party: the rounds of each role, unknown included. */
export function attendance(records: readonly AttendanceRecord[]): string[] {
  if (records.length === 0) return ['No record matches.'];
  const byParty = new Map<string, Map<string, number[]>>();
  for (const r of records) {
    const roles = byParty.get(r.party) ?? new Map<string, number[]>();
    roles.set(r.role, [...(roles.get(r.role) ?? []), r.round]);
    byParty.set(r.party, roles);
  }
  return [
    `Attendance by round (${plural(byParty.size, 'party')}; unknown: the data says neither that the party attended nor that it was absent):`,
    ...[...byParty].map(([party, roles]) => `${party}: ${[...roles].map(([role, numbers]) => `${role} ${rounds(numbers)}`).join('; ')}`),
  ];
}

export function resolutionsList(list: readonly ResolutionSummary[]): string[] {
  return [
    `${plural(list.length, 'UN resolution')}; "unknown at" lists rounds whose references are not fully coded:`,
    ...list.map((r) => `${r.symbol}, ${r.subject}: cited at ${meetingsAt(r.rounds, r.otherMeetings, 'no meeting in the data')}${r.unknownAt.length > 0 ? `; unknown at ${rounds(r.unknownAt)}` : ''}`),
  ];
}

export function resolutionShow(r: ResolutionDetail): string[] {
  const lines = [`${r.symbol} (${r.body}, ${r.year}): ${r.title ?? r.subject}. ${r.url}`];
  lines.push(`Cited at: ${joined([...new Set([...r.citations.map((c) => `round ${c.round} (${c.context})`), ...r.otherCitations.map((c) => `${c.meeting} (${c.context})`)])], 'no meeting in the data')}.`);
  if (r.notCitedAt.length > 0) lines.push(`Not cited (final documents read in full): ${rounds(r.notCitedAt)}.`);
  if (r.unknownAt.length > 0 || r.otherUnknownAt.length > 0) lines.push(`Unknown whether cited: ${meetingsAt(r.unknownAt, r.otherUnknownAt, '')}.`);
  return lines;
}

export function agendaHistory(h: TopicHistory): string[] {
  const lines = [`${h.label} (${h.topic}): on the agenda at ${meetingsAt(h.rounds, h.otherMeetings, 'no meeting in the data')}.`];
  if (h.first !== undefined) lines.push(`First round ${h.first}, last round ${h.last}.`);
  if (h.gaps.length > 0) lines.push(`Gaps (agenda known in full, topic not on it): ${h.gaps.map((g) => (g.from === g.to ? `${g.from}` : `${g.from}–${g.to}`)).join(', ')}.`);
  if (h.unknownAt.length > 0) lines.push(`Unknown (agenda not fully coded): ${rounds(h.unknownAt)}.`);
  return lines;
}

/** Where a registry entry appears: its rounds and other meetings, or none. */
const usage = (u: { rounds: readonly number[]; otherMeetings: readonly string[] }): string => meetingsAt(u.rounds, u.otherMeetings, 'no meeting in the data');

export function partiesList(list: readonly PartySummary[]): string[] {
  return [`${plural(list.length, 'party')}, each with the meetings it had a delegation at:`, ...list.map((p) => `- ${p.id}: ${p.name}, ${p.kind}${p.aliases.length > 0 ? ` (also ${p.aliases.join(', ')})` : ''}; ${usage(p)}`)];
}

export function peopleList(list: readonly PersonSummary[]): string[] {
  if (list.length === 0) return ['No person matches.'];
  return [`${plural(list.length, 'person')} who headed a delegation, each with the meetings they headed it at:`, ...list.map((p) => `- ${p.id}: ${p.name} (${p.parties.join(', ')}); ${usage(p)}`)];
}

export function topicsList(list: readonly TopicSummary[]): string[] {
  return [`${plural(list.length, 'topic')}, each with the meetings whose agenda has it (where an agenda is not fully coded, whether it had the topic is unknown: see agenda_history):`, ...list.map((t) => `- ${t.id}: ${t.label}; ${usage(t)}`)];
}

export function partyShow(p: PartyDetail): string[] {
  const lines = [`${p.name} (${p.id}), ${p.kind}${p.aliases.length > 0 ? `; also ${p.aliases.join(', ')}` : ''}.`];
  lines.push(`Delegations at ${plural(p.attended.length, 'meeting')}:`, ...p.attended.map((a) => `- ${a.meeting} (${a.start}), ${a.role}: head ${headText(a.head)}`));
  if (p.absent.length > 0) lines.push(`Absent: ${p.absent.map((a) => `${a.meeting} (reason: ${a.reason ?? 'unknown'})`).join('; ')}.`);
  if (p.unknownAt.length > 0) lines.push(`Unknown whether it attended: ${p.unknownAt.join(', ')}.`);
  if (p.outsideAt.length > 0) lines.push(`Not part of the format then: ${p.outsideAt.join(', ')}.`);
  return lines;
}

export function personShow(p: PersonDetail): string[] {
  return [
    `${p.name} (${p.id})${p.aliases.length > 0 ? `, also ${p.aliases.join(', ')}` : ''}: headed a delegation at ${plural(p.headed.length, 'meeting')}.`,
    ...p.headed.map((h) => `- ${h.meeting} (${h.start}), ${h.partyName}${h.title ? `, ${h.title}` : ''}${h.disputed ? ' (disputed: sources name another head too)' : ''}`),
  ];
}

export function topicShow(t: TopicDetail): string[] {
  const lines = [`${t.label} (${t.id}): ${t.description}`, `On the agenda at ${plural(t.appearances.length, 'meeting')}:`, ...t.appearances.map((a) => `- ${a.meeting} (${a.start}): ${a.summary}`)];
  if (t.notOnAgendaAt.length > 0) lines.push(`Not on the agenda (coded in full): ${t.notOnAgendaAt.join(', ')}.`);
  if (t.unknownAt.length > 0) lines.push(`Unknown (agenda not fully coded): ${t.unknownAt.join(', ')}.`);
  return lines;
}

export function search(hits: readonly SearchHit[]): string[] {
  if (hits.length === 0) return ['No text matches.'];
  return [`${plural(hits.length, 'hit')}, best first:`, ...hits.map((h) => `- ${h.meeting ?? `${h.kind} ${h.entry}`} ${h.path}: ${h.text.length > 200 ? `${h.text.slice(0, 200)}…` : h.text}`)];
}

export function sources(output: SourcesOutput, args: Args): string[] {
  if (args.checkDuplicates) {
    if (output.length === 0) return ['No URL is cited under two ids.'];
    return [`${plural(output.length, 'URL')} cited under two or more ids:`, ...(output as DuplicateSource[]).map((d) => `- ${d.url}: ${d.ids.map((x) => `${x.meeting} ${x.id}`).join(', ')}`)];
  }
  const records = output as SourceRecord[];
  return [`${plural(records.length, 'source')} of ${joined([...new Set(records.map((s) => s.meeting))], '')}; each is in the list below.`];
}

export function cite(list: readonly CitedSource[]): string[] {
  return [`${plural(list.length, 'source')}, as citations:`, ...list.map((s) => `- ${s.publisher}${s.date ? ` (${s.date})` : ''}. ${s.title}. ${s.url} [${s.meeting}]`)];
}

export function changes(r: ChangeReport): string[] {
  const named = (v: DataVersion): string => (v.version === null ? 'the data as it is now (not yet released)' : `data ${v.version} (${v.released})`);
  const total = r.stat.find((s) => s.group === 'total');
  const lines = [`Changes from ${r.from.version === null ? 'nothing (the first release)' : named(r.from)} to ${named(r.to)}${r.meeting ? `, at ${r.meeting}` : ''}.`];
  lines.push(total ? `${total.added} added, ${total.removed} removed, ${total.changed} changed, ${total.sources} sourced anew.` : 'No facts changed.');
  const shown = 20;
  lines.push(...r.changes.slice(0, shown).map((c) => `- ${c.change} ${c.key}${c.change === 'changed' ? `: ${c.fields.join(', ')}` : ''}`));
  if (r.changes.length > shown) lines.push(`… and ${r.changes.length - shown} more in the JSON.`);
  return lines;
}
