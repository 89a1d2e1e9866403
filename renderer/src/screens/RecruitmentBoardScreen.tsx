import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { PageHeading } from '../components/PageHeading';
import { SuccessBanner } from '../components/Notice';
import { dateText } from '../form';
import { STATUS_LABELS, type PipelineStage } from '../../../shared/volunteers/stage';
import type { BoardColumn, RecruitmentBoard } from '../../../shared/contract';
import { AdvanceDialog, type Advance } from './recruitment/AdvanceDialog';
import { BoardColumnCards } from './recruitment/BoardColumnCards';
import { LapsedPeople } from './recruitment/LapsedPeople';
import { plural, formatCount } from './recruitment/format';

type Card = BoardColumn['volunteers'][number];

/** What each stage is waiting for, and the profile link that records it. */
const NEXT_STEP: Record<PipelineStage, { waiting: string; link?: string }> = {
  enquiry: { waiting: 'Waiting for an application' },
  interview: { waiting: 'Waiting for an interview', link: 'Record interview' },
  references: { waiting: 'Waiting for references', link: 'Record references' },
  dbs: { waiting: 'Waiting for the DBS check', link: 'Record DBS check' },
  training: { waiting: 'Waiting for training', link: 'Record training' },
  approval: { waiting: 'Every check is done' },
};

const ADVANCE: Partial<Record<PipelineStage, { advance: Advance; label: string }>> = {
  enquiry: { advance: 'application', label: 'Record application' },
  approval: { advance: 'approval', label: 'Approve' },
};

const days = (n: number) => (n === 0 ? 'Since today' : `${plural(n, 'day', 'days')} in stage`);

function BoardCard({ card, stage, onAdvance }: { card: Card; stage: PipelineStage; onAdvance: (card: Card, advance: Advance) => void }) {
  const action = ADVANCE[stage];
  const step = NEXT_STEP[stage];
  return (
    <li className="board__card">
      <a href={`#/volunteers/${card.id}`} id={`card-${card.id}`} className="board__name">
        {card.name}
      </a>
      <p className="board__days">
        <strong>{days(card.daysInStage)}</strong>
        {card.daysInStage > 0 && <span className="board__since"> since {dateText(card.since)}</span>}
      </p>
      {action ? (
        <button type="button" className="button button--compact" id={`advance-${card.id}`} onClick={() => onAdvance(card, action.advance)}>
          {action.label}
          <span className="visually-hidden"> for {card.name}</span>
        </button>
      ) : (
        step.link && (
          <a className="board__next" href={`#/volunteers/${card.id}`}>
            {step.link}
            <span className="visually-hidden"> for {card.name}</span>
          </a>
        )
      )}
    </li>
  );
}

/** The recruitment pipeline: one column per stage, longest waiting at the top. */
export function RecruitmentBoardScreen() {
  const [board, setBoard] = useState<RecruitmentBoard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<{ card: Card; advance: Advance } | null>(null);
  const [done, setDone] = useState<{ message: string; focus: number } | null>(null);

  const load = useCallback(async () => {
    const result = await api.recruitmentBoard({});
    if (result.ok) {
      setBoard(result.value);
      setError(null);
    } else setError(result.error.message);
  }, []);

  useEffect(() => {
    let current = true;
    api.recruitmentBoard({}).then((result) => {
      if (!current) return;
      if (result.ok) setBoard(result.value);
      else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, []);

  // After a stage is recorded the card has moved: put focus on it where it now is.
  useEffect(() => {
    if (done) (document.getElementById(`card-${done.focus}`) ?? document.getElementById('board-done'))?.focus();
  }, [done, board]);

  const close = () => {
    const id = open?.card.id;
    setOpen(null);
    // Back to the button that opened it, or to the card if a reload has moved it on.
    if (id) requestAnimationFrame(() => (document.getElementById(`advance-${id}`) ?? document.getElementById(`card-${id}`))?.focus());
  };

  const columns = board?.columns;
  const total = columns?.reduce((n, c) => n + c.volunteers.length, 0) ?? 0;

  return (
    <>
      {done && (
        <div id="board-done" tabIndex={-1} className="board__done">
          <SuccessBanner>{done.message}</SuccessBanner>
        </div>
      )}
      <div className="page-title">
        <PageHeading>Recruitment</PageHeading>
        <div className="button-group">
          <a className="button button--secondary" href="#/recruitment/figures">
            Recruitment figures
          </a>
          <a className="button" href="#/volunteers/new">
            Add a volunteer
          </a>
        </div>
      </div>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      {columns && (
        <>
          <p className="count">
            {total === 0
              ? board!.lapsed.length
                ? 'Nobody in recruitment has had a step recently.'
                : 'Nobody is in recruitment at the moment. Add a volunteer when someone enquires.'
              : `${plural(total, 'person', 'people')} in recruitment. Each column is a stage; whoever has waited longest is at the top.`}
          </p>
          <div className="board" role="region" aria-label="Recruitment stages">
            {columns.map((column) => (
              <section key={column.stage} className={`board__column board__column--${column.stage}`} aria-labelledby={`column-${column.stage}`}>
                <h2 id={`column-${column.stage}`} className="board__heading">
                  {STATUS_LABELS[column.stage]}{' '}
                  <span className="board__count">
                    {formatCount(column.volunteers.length)}
                    <span className="visually-hidden">{column.volunteers.length === 1 ? ' person' : ' people'}</span>
                  </span>
                </h2>
                <p className="board__waiting">{NEXT_STEP[column.stage].waiting}</p>
                {column.volunteers.length === 0 ? (
                  <p className="board__empty">Nobody at this stage</p>
                ) : (
                  <BoardColumnCards
                    cards={column.volunteers}
                    label={STATUS_LABELS[column.stage]}
                    render={(card) => <BoardCard key={card.id} card={card} stage={column.stage} onAdvance={(c, advance) => setOpen({ card: c, advance })} />}
                  />
                )}
              </section>
            ))}
          </div>
          <LapsedPeople
            lapsed={board!.lapsed}
            lapseDays={board!.lapseDays}
            onWithdrawn={(message) => {
              setDone(null);
              void load().then(() => setDone({ message, focus: 0 }));
            }}
          />
        </>
      )}
      {open && (
        <AdvanceDialog
          key={`${open.card.id}-${open.advance}`}
          volunteer={open.card}
          advance={open.advance}
          onClose={close}
          onRefused={() => void load()}
          onDone={(message) => {
            const id = open.card.id;
            setOpen(null);
            void load().then(() => setDone({ message, focus: id }));
          }}
        />
      )}
    </>
  );
}
