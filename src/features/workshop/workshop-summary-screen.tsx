import { useState } from 'react';
import { routeHref } from '../../lib/route.ts';
import { ImportResults } from '../../components/import-results.tsx';
import { builtinScenario } from '../../domain/scenario/builtin-scenarios.ts';
import { useAppStore } from '../../store/app-store.ts';
import { BAND_LABELS, summariseClass } from '../../domain/workshop/class-summary.ts';
import { decodeDrillCode } from '../../domain/workshop/drill-code.ts';
import { Scorecard } from './scorecard.tsx';
import { countOf } from '../../lib/plural.ts';

const DIMENSION_TITLE = { defensiveness: 'Defensiveness (lower is better)', credibility: 'Credibility', professionalism: 'Professionalism' } as const;

/** The end of a drill: how the room did, what it keeps saying, its best lines, and scorecards to print. */
export function WorkshopSummaryScreen({ code }: { code: string }) {
  const allResults = useAppStore((state) => state.results);
  const [anonymise, setAnonymise] = useState(false);
  const decoded = decodeDrillCode(code);
  const files = allResults.filter((file) => file.source.kind === 'drill' && file.source.code === code);
  const participants = files.map((file) => ({ name: file.participant, calls: file.calls }));
  const summary = summariseClass(participants, { anonymise });
  const { names } = summary;

  return (
    <main className="screen workshop-summary" aria-labelledby="summary-title">
      <p className="no-print">
        <a href={routeHref({ screen: 'workshop' })}>← Workshop</a>
      </p>
      <h1 id="summary-title">Class summary: drill {code}</h1>
      <div className="no-print">
        {decoded.ok ? (
          <p className="muted">
            {decoded.setup.scenarioIds.map((id) => builtinScenario(id)?.title ?? id).join(', ')} · {countOf(decoded.setup.rounds, 'round')} · {decoded.setup.secondsPerReply} s per reply
          </p>
        ) : null}
        <p>
          {countOf(files.length, 'participant')}, {countOf(summary.callCount, 'call')}.
        </p>
        <ImportResults
          label="Import participants' results files"
          accept={(file) =>
            file.source.kind === 'drill' && file.source.code === code ? null : `this file is for ${file.source.kind === 'drill' ? `drill ${file.source.code}` : 'an assignment'}, not drill ${code}`
          }
        />
        <p className="check-row">
          <input id="anonymise" type="checkbox" checked={anonymise} onChange={(event) => setAnonymise(event.target.checked)} />
          <label htmlFor="anonymise">Anonymise names (for the projector)</label>
        </p>
      </div>
      {files.length === 0 ? (
        <p className="muted">No results yet: run the drill on this machine, or import the files participants saved.</p>
      ) : (
        <>
          <section aria-labelledby="distribution-title" className="no-print">
            <h2 id="distribution-title">How the room scored</h2>
            {summary.distributions.map((distribution) => {
              const most = Math.max(1, ...distribution.bands);
              return (
                <table key={distribution.dimension} className="distribution">
                  <caption>
                    {DIMENSION_TITLE[distribution.dimension]}: median {distribution.median}, from {distribution.min} to {distribution.max}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Score</th>
                      <th scope="col">Calls</th>
                    </tr>
                  </thead>
                  <tbody>
                    {distribution.bands.map((count, band) => (
                      <tr key={band}>
                        <th scope="row">{BAND_LABELS[band]}</th>
                        <td>
                          <span className="bar" style={{ inlineSize: `${(count / most) * 85}%` }} aria-hidden="true" />
                          <span>{count}</span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              );
            })}
          </section>
          <section aria-labelledby="common-title" className="no-print">
            <h2 id="common-title">What the room kept saying</h2>
            <ol className="common-findings">
              {summary.commonFindings.map((finding) => (
                <li key={finding.rule} className={finding.helps ? 'finding finding-good' : 'finding finding-bad'}>
                  <strong>{finding.helps ? 'Keep doing' : 'Work on'}:</strong> {finding.heard}{' '}
                  <span className="muted">
                    ({countOf(finding.replies, 'reply', 'replies')}, {countOf(finding.participants, 'participant')})
                  </span>
                  {finding.better && !finding.helps ? <span className="finding-better"> Try: {finding.better}</span> : null}
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="best-title" className="no-print">
            <h2 id="best-title">Best replies</h2>
            {summary.bestReplies.length === 0 ? <p>No reply in this drill earned points without losing any.</p> : null}
            {summary.bestReplies.map((best, index) => (
              <figure key={index} className="best-reply">
                <blockquote>{best.reply}</blockquote>
                <figcaption>
                  {best.who}, answering <q>{best.managerLine}</q> · {best.score}
                </figcaption>
              </figure>
            ))}
          </section>
          <section aria-labelledby="scorecards-title" className="scorecards">
            <h2 id="scorecards-title" className="no-print">
              Scorecards
            </h2>
            <p className="no-print">
              <button type="button" className="button button-primary" onClick={() => window.print()}>
                Print scorecards
              </button>{' '}
              <span className="muted">One page per participant.</span>
            </p>
            {participants.map((participant, index) => (
              <Scorecard key={index} name={names[index] as string} calls={participant.calls} drillCode={code} redact={anonymise ? participant.name : undefined} />
            ))}
          </section>
        </>
      )}
    </main>
  );
}
