import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
// Views are saved in the URL form, so that one read back is checked as a link would be.
import { readUrlState, writeUrlState } from '../../filter/url.js';
import { readViews, VIEW_LIMITS, type AuditLogSavedView } from '../../views/store.js';
import { useAuditLogContext, useSlot, useOwnClass } from '../context.js';
import { handleMenuKey } from '../menu-keys.js';
import { useOutsideDismiss } from '../use-outside-dismiss.js';

/** The Views menu (loaded on first use): apply, save and delete named views. */
export function ViewsMenu() {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const own = useOwnClass();
  const { messages } = controller;
  const store = controller.viewStore!;
  const [views, setViews] = useState<AuditLogSavedView[] | null>(null);
  const [mode, setMode] = useState<'menu' | 'naming' | 'closed'>('menu');
  const [name, setName] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const nameId = useId();
  useEffect(() => {
    let live = true;
    Promise.resolve()
      .then(() => store.load())
      .then((loaded) => live && setViews(readViews(loaded)))
      .catch(() => live && setViews([]));
    return () => void (live = false);
  }, [store]);
  useEffect(() => {
    if (mode === 'menu') panel.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
    if (mode === 'naming') panel.current?.querySelector<HTMLElement>('input')?.focus();
  }, [mode, views === null]);
  const close = () => {
    setMode('closed');
    button.current?.focus();
  };
  useOutsideDismiss(mode !== 'closed', [panel, button], () => setMode('closed'));

  const persist = (next: AuditLogSavedView[]) => {
    setViews(next);
    void Promise.resolve(store.save(next)).catch(() => undefined);
  };
  const apply = (view: AuditLogSavedView) => {
    // Read back as a link is: a value this backend cannot use is dropped, not applied.
    controller.setFilter(readUrlState(new URLSearchParams(view.query), '').filter);
    if (view.columns) controller.setVisibleColumns(view.columns);
    if (view.density) controller.setDensity(view.density);
    if (view.timeFormat) controller.setTimeFormat(view.timeFormat);
    if (view.timeZone) controller.setTimeZone(view.timeZone);
    close();
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim().slice(0, VIEW_LIMITS.name);
    if (!trimmed) return;
    const view: AuditLogSavedView = {
      name: trimmed,
      query: writeUrlState(new URLSearchParams(), { filter: controller.filter }, '').toString(),
      columns: [...controller.visibleColumns],
      density: controller.density,
      timeFormat: controller.timeFormat,
      timeZone: controller.timeZoneSetting,
    };
    persist([...(views ?? []).filter((v) => v.name !== trimmed), view].slice(-VIEW_LIMITS.views));
    setName('');
    close();
  };
  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    // In the naming form the arrows are the text box's; Escape closes either way.
    if (mode === 'menu' || e.key === 'Escape') handleMenuKey(e, panel.current, close);
  };

  const open = mode !== 'closed';
  return (
    <div className={slot('field', 'alv-filter')}>
      <button ref={button} type="button" className={slot('button')} aria-haspopup="menu" aria-expanded={open} aria-controls={open ? menuId : undefined} onClick={() => setMode(open ? 'closed' : 'menu')}>
        {messages.views}
      </button>
      {open ? (
        <div ref={panel} id={menuId} className={slot('popover', 'alv-menu')} onKeyDown={onMenuKey}>
          {mode === 'naming' ? (
            <form role="dialog" aria-label={messages.saveView} onSubmit={save} className={own('alv-view-form')}>
              <label htmlFor={nameId}>{messages.viewName}</label>
              <input id={nameId} className={slot('input')} value={name} maxLength={VIEW_LIMITS.name} onChange={(e) => setName(e.target.value)} />
              <button type="submit" className={slot('button')} aria-disabled={!name.trim()}>
                {messages.save}
              </button>
              <button type="button" className={slot('button')} onClick={() => setMode('menu')}>
                {messages.cancel}
              </button>
            </form>
          ) : (
            <ul role="menu" aria-label={messages.views}>
              <li role="none">
                <button type="button" role="menuitem" tabIndex={-1} onClick={() => setMode('naming')}>
                  {messages.saveView}
                </button>
              </li>
              {(views ?? []).map((view) => (
                <li role="none" key={view.name} className={own('alv-view')}>
                  <button type="button" role="menuitem" tabIndex={-1} onClick={() => apply(view)}>
                    <bdi>{view.name}</bdi>
                  </button>
                  <button type="button" role="menuitem" tabIndex={-1} aria-label={messages.deleteView(view.name)} onClick={() => persist((views ?? []).filter((v) => v.name !== view.name))}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
