//! The event loop of a session's V8 thread.
//!
//! Each turn follows Node's phases: timers, pending host events (the poll phase, which
//! blocks on the mailbox when nothing is runnable), then immediates (the check phase).
//! When nothing keeps the loop alive, `'beforeExit'` is emitted; if that schedules no
//! more work the loop ends and `'exit'` is emitted.
//!
//! The nextTick queue and promise jobs are drained by JavaScript after every callback.
//! A drain that runs past its budget while host events wait yields back here (the
//! `TicksPending` counter), so a program that re-schedules itself forever still
//! receives signals, stdin and termination.

use crate::js_runtime::{Arg, Completion, Entry, JsRuntime};
use crate::mailbox::LoopEvent;
use crate::outcome::EndReason;
use crate::session::SessionOptions;
use crate::state::LoopCounter;
use crossbeam_channel::Receiver;
use std::cell::Cell;
use std::time::{Duration, Instant};

/// Host events handled per poll phase before the loop moves on, so a flood of stdin
/// chunks cannot starve timers and immediates.
const MAX_EVENTS_PER_POLL: usize = 64;

/// Milestones of this thread's event loop, for `performance.eventLoopUtilization()`
/// and `performance.nodeTiming`: when the loop started and ended (as instants) and
/// how long it has spent blocked on the mailbox (idle).
#[derive(Clone, Copy, Default)]
pub struct LoopTiming {
    pub started: Option<Instant>,
    pub exited: Option<Instant>,
    pub idle: Duration,
}

thread_local! {
    static LOOP_TIMING: Cell<LoopTiming> = Cell::new(LoopTiming::default());
}

/// The loop milestones of the session running on this thread.
pub fn loop_timing() -> LoopTiming {
    LOOP_TIMING.with(Cell::get)
}

fn update_loop_timing(change: impl FnOnce(&mut LoopTiming)) {
    LOOP_TIMING.with(|cell| {
        let mut timing = cell.get();
        change(&mut timing);
        cell.set(timing);
    });
}

/// Runs the session's main module and then its event loop until the session ends.
/// Returns the exit code and reason.
pub fn run(runtime: &mut JsRuntime, options: &SessionOptions, mailbox: &Receiver<LoopEvent>) -> (i32, EndReason) {
    let entry = options.entry.to_string_lossy().into_owned();
    update_loop_timing(|timing| *timing = LoopTiming::default());
    runtime.state().borrow_mut().update_loop_time();
    if runtime.call(Entry::RunMain, vec![Arg::Str(entry)]) != Completion::Terminated && !ending(runtime) {
        update_loop_timing(|timing| timing.started = Some(Instant::now()));
        run_turns(runtime, mailbox);
        update_loop_timing(|timing| timing.exited = Some(Instant::now()));
    }
    finish(runtime)
}

/// The loop proper; returns when the session must end.
fn run_turns(runtime: &mut JsRuntime, mailbox: &Receiver<LoopEvent>) {
    loop {
        if ending(runtime) {
            return;
        }
        runtime.run_platform_tasks();
        // Timers phase.
        runtime.state().borrow_mut().update_loop_time();
        if timer_due(runtime) {
            runtime.state().borrow_mut().timer.fired = false;
            let now = runtime.state().borrow().loop_now_ms as f64;
            // As in Node, a timer that threw (and was handled) does not end the phase:
            // the rest of the expired timers run at once.
            loop {
                match runtime.call(Entry::RunTimers, vec![Arg::Number(now)]) {
                    Completion::Returned => break,
                    Completion::Handled if !ending(runtime) => continue,
                    _ => return,
                }
            }
        }
        if runtime.state().borrow().counter(LoopCounter::TicksPending) > 0 {
            runtime.state().borrow().set_counter(LoopCounter::TicksPending, 0);
            if !call(runtime, Entry::DrainTicks, Vec::new()) {
                return;
            }
        }

        // Poll phase: wait for the host when there is nothing else to do.
        let block = {
            let state = runtime.state().borrow();
            state.is_alive() && !state.has_runnable_work() && !deadline_passed(&state)
        };
        let mut handled = 0;
        if block {
            let blocked_at = Instant::now();
            let received = mailbox.recv();
            update_loop_timing(|timing| timing.idle += blocked_at.elapsed());
            match received {
                Ok(event) => {
                    handled += 1;
                    if !dispatch(runtime, event) {
                        return;
                    }
                }
                Err(_) => return,
            }
        }
        while handled < MAX_EVENTS_PER_POLL {
            let Ok(event) = mailbox.try_recv() else { break };
            handled += 1;
            if !dispatch(runtime, event) {
                return;
            }
        }

        // Completed operations (file system callbacks and the like) belong to the
        // poll phase too.
        if runtime.state().borrow().counter(LoopCounter::Completions) > 0
            && !call(runtime, Entry::RunCompletions, Vec::new())
        {
            return;
        }

        // Check phase (only while the loop is alive: unref'd immediates alone do not
        // run, as in Node).
        let run_immediates = {
            let state = runtime.state().borrow();
            state.counter(LoopCounter::Immediates) > 0 && state.is_alive()
        };
        if run_immediates && !call(runtime, Entry::RunImmediates, Vec::new()) {
            return;
        }

        if !runtime.state().borrow().is_alive() && !timer_due(runtime) {
            if !call(runtime, Entry::BeforeExit, Vec::new()) {
                return;
            }
            if !runtime.state().borrow().is_alive() {
                return;
            }
        }
    }
}

/// Delivers one host event; false when the session must end.
fn dispatch(runtime: &mut JsRuntime, event: LoopEvent) -> bool {
    let (entry, args) = match event {
        LoopEvent::TimerDue { generation } => {
            let mut state = runtime.state().borrow_mut();
            if generation == state.timer.generation && state.timer.deadline_ms.is_some() {
                state.timer.fired = true;
            }
            return true;
        }
        LoopEvent::StdinData(bytes) => {
            runtime.state().borrow_mut().stdin_pull_outstanding = false;
            (Entry::OnStdin, vec![Arg::Number(0.0), Arg::Bytes(bytes)])
        }
        LoopEvent::StdinEnd => {
            runtime.state().borrow_mut().stdin_pull_outstanding = false;
            (Entry::OnStdin, vec![Arg::Number(1.0), Arg::Undefined])
        }
        LoopEvent::StdinError(message) => {
            runtime.state().borrow_mut().stdin_pull_outstanding = false;
            (Entry::OnStdin, vec![Arg::Number(2.0), Arg::Str(message)])
        }
        LoopEvent::Signal(signal) => (Entry::OnSignal, vec![Arg::Str(signal.name().to_string())]),
        LoopEvent::LimitWarning(message) => (Entry::OnLimitWarning, vec![Arg::Str(message)]),
        LoopEvent::FsEvent { watch, kind, filename } => (
            Entry::OnFsEvent,
            vec![Arg::Number(watch as f64), Arg::Str(kind.name().to_string()), Arg::Bytes(filename)],
        ),
        LoopEvent::FsWatchError { watch, errno } => (
            Entry::OnFsEvent,
            vec![Arg::Number(watch as f64), Arg::Str("error".to_string()), Arg::Number(f64::from(errno))],
        ),
        LoopEvent::Terminate(reason) => {
            runtime.state().borrow_mut().request_exit(reason.default_exit_code(), reason);
            return false;
        }
    };
    runtime.state().borrow_mut().update_loop_time();
    call(runtime, entry, args)
}

/// Calls into JavaScript; false when the session must end.
fn call(runtime: &mut JsRuntime, entry: Entry, args: Vec<Arg>) -> bool {
    runtime.call(entry, args) != Completion::Terminated && !ending(runtime)
}

fn ending(runtime: &JsRuntime) -> bool {
    runtime.state().borrow().exit.is_some() || runtime.control().termination().is_some()
}

fn timer_due(runtime: &JsRuntime) -> bool {
    let state = runtime.state().borrow();
    state.timer.fired || deadline_passed(&state)
}

fn deadline_passed(state: &crate::state::SessionState) -> bool {
    state.timer.deadline_ms.is_some_and(|deadline| state.origin.elapsed().as_millis() as u64 >= deadline)
}

/// Emits `'exit'` when the loop ran dry, and settles the exit code and reason.
fn finish(runtime: &mut JsRuntime) -> (i32, EndReason) {
    if let Some(reason) = runtime.control().termination() {
        return (reason.default_exit_code(), reason);
    }
    if runtime.state().borrow().exit.is_none() {
        runtime.call(Entry::EmitExit, Vec::new());
    }
    if let Some(reason) = runtime.control().termination() {
        return (reason.default_exit_code(), reason);
    }
    runtime.state().borrow().exit.unwrap_or((0, EndReason::Exit))
}
