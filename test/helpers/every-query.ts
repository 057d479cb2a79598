import type { Dataset } from '../../src/model/dataset.js';
import { diffAgenda } from '../../src/query/agenda-diff.js';
import { agendaHistory } from '../../src/query/agenda-history.js';
import { attendanceMatrix, attendanceRecords, wideAttendance } from '../../src/query/attendance.js';
import { citedSources } from '../../src/query/cite.js';
import { diffMeetings } from '../../src/query/meeting-diff.js';
import { meetingRecords } from '../../src/query/meeting-records.js';
import { listMeetings, showMeeting } from '../../src/query/meetings.js';
import { listParties, showParty } from '../../src/query/parties.js';
import { listPeople, showPerson } from '../../src/query/people.js';
import { reportModel } from '../../src/query/report.js';
import { listResolutions, showResolution } from '../../src/query/resolutions.js';
import { listRounds } from '../../src/query/rounds-list.js';
import { listSources } from '../../src/query/sources.js';
import { datasetStats } from '../../src/query/stats.js';
import { listTopics, showTopic } from '../../src/query/topics.js';
import { tidyTables } from '../../src/export/rows.js';

/**
 * Asks every question the commands ask of a dataset, over every entry it holds: what validate
 * accepts, every query must answer without an error.
 */
export function everyQuery(data: Dataset): number {
  let answers = 0;
  const ask = (answer: unknown): void => void (answer !== undefined && answers++);
  ask(listRounds(data));
  ask(listMeetings(data));
  for (const m of data.meetings) ask(meetingRecords(m.id, showMeeting(data, m.id)));
  const ids = data.meetings.map((m) => m.id);
  ids.slice(1).forEach((id, i) => {
    ask(diffAgenda(data, ids[i]!, id));
    ask(diffMeetings(data, ids[i]!, id));
  });
  const matrix = attendanceMatrix(data);
  ask(attendanceRecords(matrix));
  ask(wideAttendance(matrix));
  ask(datasetStats(data));
  ask(citedSources(data));
  ask(listSources(data));
  for (const r of listResolutions(data)) ask(showResolution(data, r.id));
  for (const p of listParties(data)) ask(showParty(data, p.id));
  for (const p of listPeople(data)) ask(showPerson(data, p.id));
  for (const t of listTopics(data)) {
    ask(showTopic(data, t.id));
    ask(agendaHistory(data, t.id));
  }
  ask(reportModel(data));
  ask(tidyTables(data));
  return answers;
}
