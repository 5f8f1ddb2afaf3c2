//! The supervisor actor: runs the sessions of a configuration and decides what
//! happens when each one ends.
//!
//! The session table is a [`Slab`]: a session's id is its slot. Each entry keeps the
//! configured instance, its restart rules and history, and its state. When a session
//! ends the supervisor applies, in order: what it itself asked for (a group restart, a
//! reload), then the session's restart policy, intensity and backoff, and its group's
//! strategy (`one_for_one`, `one_for_all`, `rest_for_one`). It finishes when no session
//! is running, waiting for a slot, or waiting to restart.

use crate::output::Outputs;
use crate::policy::{jitter, RestartHistory, RestartRules, Verdict};
use crate::report::Report;
use crate::spec::{self, Builder, Instance};
use crate::watchdog::Watchdog;
use actix::prelude::*;
use corral_actors::{DeliverSignal, SessionActor, SessionEnded, SessionStarted, StopSession};
use corral_config::load::{Loaded, Overrides};
use corral_config::Strategy;
use corral_runtime::{EndReason, SessionOutcome, Signal};
use slab::Slab;
use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What `corral up` learns when the supervisor finishes.
#[derive(Debug, Clone)]
pub struct Summary {
    /// One report per session, in the order they ended for good.
    pub reports: Vec<Report>,
    /// The first non-zero exit code among them, or 0.
    pub code: i32,
}

/// A signal sent to the corral process.
#[derive(Message, Debug, Clone, Copy)]
#[rtype(result = "()")]
pub struct HostSignal(pub Signal);

#[derive(Message)]
#[rtype(result = "()")]
struct Restart(usize);

#[derive(Message)]
#[rtype(result = "()")]
struct GraceExpired;

enum State {
    /// Waiting for a free slot (`max_sessions`).
    Waiting,
    Running(Addr<SessionActor>),
    /// Waiting out its backoff.
    RestartPending(SpawnHandle),
    Done,
}

/// What to do when a session the supervisor stopped ends.
enum AfterEnd {
    /// Apply the restart policy.
    Policy,
    /// Start it again at once (its group restarts).
    Restart,
    /// Do not restart: its group gave up, or it was removed by a reload.
    Stop(&'static str),
    /// Start it again with a new configuration (changed by a reload).
    Replace(Box<Instance>),
}

struct Entry {
    instance: Instance,
    rules: RestartRules,
    history: RestartHistory,
    order: usize,
    state: State,
    after_end: AfterEnd,
    last: Option<SessionOutcome>,
}

/// Runs and supervises the sessions of one configuration.
pub struct Supervisor {
    loaded: Loaded,
    overrides: Overrides,
    outputs: Arc<Outputs>,
    exec_path: String,
    table: Slab<Entry>,
    next_order: usize,
    shutting_down: bool,
    reports: Vec<Report>,
    done: mpsc::Sender<Summary>,
}

impl Supervisor {
    /// A supervisor for `loaded`; its summary is sent on `done` when it finishes.
    pub fn new(loaded: Loaded, overrides: Overrides, exec_path: String, done: mpsc::Sender<Summary>) -> Self {
        Supervisor {
            loaded,
            overrides,
            outputs: Arc::new(Outputs::new()),
            exec_path,
            table: Slab::new(),
            next_order: 0,
            shutting_down: false,
            reports: Vec::new(),
            done,
        }
    }

    fn rules_for(&self, instance: &Instance) -> RestartRules {
        let supervisor = &self.loaded.config.supervisor;
        RestartRules::from_config(&instance.config.restart, supervisor.max_restarts, supervisor.restart_period_ms)
    }

    fn add(&mut self, instance: Instance) -> usize {
        let rules = self.rules_for(&instance);
        let order = self.next_order;
        self.next_order += 1;
        self.table.insert(Entry {
            instance,
            rules,
            history: RestartHistory::default(),
            order,
            state: State::Waiting,
            after_end: AfterEnd::Policy,
            last: None,
        })
    }

    fn running(&self) -> usize {
        self.table.iter().filter(|(_, e)| matches!(e.state, State::Running(_))).count()
    }

    /// Starts waiting sessions, in order, while there are free slots.
    fn start_waiting(&mut self, ctx: &mut Context<Self>) {
        if self.shutting_down {
            return;
        }
        let max = self.loaded.config.supervisor.max_sessions;
        let mut waiting: Vec<(usize, usize)> =
            self.table.iter().filter(|(_, e)| matches!(e.state, State::Waiting)).map(|(id, e)| (e.order, id)).collect();
        waiting.sort();
        for (_, id) in waiting {
            if self.running() >= max {
                break;
            }
            self.start(id, ctx);
        }
    }

    fn start(&mut self, id: usize, ctx: &mut Context<Self>) {
        // Prefixes depend on every configured session, not on which happen to be alive,
        // so a restarted session keeps its prefix.
        let instances: Vec<Instance> = self.table.iter().map(|(_, e)| e.instance.clone()).collect();
        let builder = Builder {
            loaded: &self.loaded,
            outputs: &self.outputs,
            sharing: spec::sharing(&instances),
            exec_path: self.exec_path.clone(),
        };
        let entry = &self.table[id];
        match builder.spec(id, &entry.instance, entry.history.total) {
            Ok(spec) => {
                tracing::info!(session = %entry.instance.display_name(), id, restarts = entry.history.total, "starting");
                let actor = SessionActor::new(spec, ctx.address().recipient())
                    .report_start_to(ctx.address().recipient())
                    .start();
                self.table[id].state = State::Running(actor);
            }
            Err(error) => {
                let name = entry.instance.display_name();
                tracing::error!(session = %name, %error, "cannot open the session's output");
                let outcome = SessionOutcome {
                    code: EndReason::Crashed.default_exit_code(),
                    reason: EndReason::Crashed,
                    cpu_time: Duration::ZERO,
                    peak_heap_bytes: 0,
                };
                self.table[id].state = State::Done;
                self.finish_entry(id, outcome, Some(format!("cannot open its output: {error}")));
            }
        }
    }

    /// Records a session's final report.
    fn finish_entry(&mut self, id: usize, outcome: SessionOutcome, note: Option<String>) {
        let entry = &mut self.table[id];
        entry.state = State::Done;
        entry.last = Some(outcome.clone());
        self.reports.push(Report::new(entry.instance.display_name(), &outcome, entry.history.total, note));
    }

    /// Stops session `id` (if it runs or waits) and records what follows its end.
    fn stop_session(&mut self, id: usize, after_end: AfterEnd, ctx: &mut Context<Self>) {
        match &self.table[id].state {
            State::Running(addr) => {
                addr.do_send(StopSession(EndReason::Killed));
                self.table[id].after_end = after_end;
            }
            State::RestartPending(_) | State::Waiting => {
                if let State::RestartPending(handle) = &self.table[id].state {
                    ctx.cancel_future(*handle);
                }
                match after_end {
                    AfterEnd::Policy | AfterEnd::Restart => self.table[id].state = State::Waiting,
                    AfterEnd::Replace(instance) => self.replace_instance(id, *instance),
                    AfterEnd::Stop(note) => {
                        let outcome = self.table[id].last.clone().unwrap_or_else(killed);
                        self.finish_entry(id, outcome, Some(note.to_string()));
                    }
                }
            }
            State::Done => {}
        }
    }

    /// Gives entry `id` a new configuration and queues it to start.
    fn replace_instance(&mut self, id: usize, instance: Instance) {
        self.table[id].rules = self.rules_for(&instance);
        self.table[id].instance = instance;
        self.table[id].state = State::Waiting;
    }

    /// Members of `group` other than `id`, optionally only those started after it.
    fn group_members(&self, id: usize, only_later: bool) -> Vec<usize> {
        let entry = &self.table[id];
        let Some(group) = &entry.instance.config.group else { return Vec::new() };
        self.table
            .iter()
            .filter(|(other, e)| *other != id && e.instance.config.group.as_ref() == Some(group))
            .filter(|(_, e)| !only_later || e.order > entry.order)
            .filter(|(_, e)| !matches!(e.state, State::Done))
            .map(|(other, _)| other)
            .collect()
    }

    fn strategy(&self, id: usize) -> Strategy {
        self.table[id]
            .instance
            .config
            .group
            .as_ref()
            .and_then(|g| self.loaded.config.groups.get(g))
            .map(|g| g.strategy)
            .unwrap_or(Strategy::OneForOne)
    }

    fn on_end(&mut self, id: usize, outcome: SessionOutcome, ctx: &mut Context<Self>) {
        if !self.table.contains(id) {
            return;
        }
        let name = self.table[id].instance.display_name();
        tracing::info!(session = %name, code = outcome.code, reason = %outcome.reason, "ended");
        let after_end = std::mem::replace(&mut self.table[id].after_end, AfterEnd::Policy);
        self.table[id].last = Some(outcome.clone());
        self.table[id].state = State::Done;
        match after_end {
            AfterEnd::Stop(note) => self.finish_entry(id, outcome, Some(note.to_string())),
            AfterEnd::Restart if !self.shutting_down => {
                self.table[id].history.total += 1;
                self.table[id].state = State::Waiting;
            }
            AfterEnd::Replace(instance) if !self.shutting_down => self.replace_instance(id, *instance),
            _ if self.shutting_down => self.finish_entry(id, outcome, None),
            _ => self.apply_policy(id, outcome, ctx),
        }
        self.start_waiting(ctx);
        self.finish_if_idle();
    }

    fn apply_policy(&mut self, id: usize, outcome: SessionOutcome, ctx: &mut Context<Self>) {
        if !self.table[id].rules.wants_restart(&outcome) {
            self.finish_entry(id, outcome, None);
            return;
        }
        let entry = &mut self.table[id];
        match entry.history.decide(&entry.rules, Instant::now(), jitter()) {
            Verdict::IntensityExceeded => {
                let name = entry.instance.display_name();
                tracing::warn!(session = %name, "restart intensity exceeded; stopping");
                let members = self.group_members(id, false);
                self.finish_entry(id, outcome, Some("restart intensity exceeded".to_string()));
                for member in members {
                    self.stop_session(member, AfterEnd::Stop("stopped with its group"), ctx);
                }
            }
            Verdict::RestartAfter(delay) => {
                tracing::info!(session = %entry.instance.display_name(), delay_ms = delay.as_millis() as u64, "restarting");
                let siblings = match self.strategy(id) {
                    Strategy::OneForOne => Vec::new(),
                    Strategy::OneForAll => self.group_members(id, false),
                    Strategy::RestForOne => self.group_members(id, true),
                };
                for sibling in siblings {
                    self.stop_session(sibling, AfterEnd::Restart, ctx);
                }
                let handle = ctx.notify_later(Restart(id), delay);
                self.table[id].state = State::RestartPending(handle);
            }
        }
    }

    fn finish_if_idle(&mut self) {
        if self.table.iter().any(|(_, e)| !matches!(e.state, State::Done)) {
            return;
        }
        let code = self.reports.iter().map(|r| r.code).find(|&c| c != 0).unwrap_or(0);
        let _ = self.done.send(Summary { reports: self.reports.clone(), code });
        System::current().stop();
    }

    /// SIGTERM/SIGINT: SIGTERM to every session, then termination of what remains
    /// after the grace period, in reverse start order. A second one terminates at once.
    fn shutdown(&mut self, ctx: &mut Context<Self>) {
        if self.shutting_down {
            tracing::warn!("second shutdown signal: terminating every session now");
            self.terminate_all();
            return;
        }
        self.shutting_down = true;
        let grace = Duration::from_millis(self.loaded.config.supervisor.shutdown_grace_ms);
        tracing::info!(grace_ms = grace.as_millis() as u64, "shutting down");
        let ids: Vec<usize> = self.table.iter().map(|(id, _)| id).collect();
        for id in ids {
            match &self.table[id].state {
                State::Running(addr) => addr.do_send(DeliverSignal(Signal::Term)),
                State::RestartPending(handle) => {
                    ctx.cancel_future(*handle);
                    let outcome = self.table[id].last.clone().unwrap_or_else(killed);
                    self.finish_entry(id, outcome, Some("shut down while waiting to restart".to_string()));
                }
                State::Waiting => self.finish_entry(id, killed(), Some("shut down before it started".to_string())),
                State::Done => {}
            }
        }
        ctx.notify_later(GraceExpired, grace);
        self.finish_if_idle();
    }

    fn terminate_all(&mut self) {
        let mut running: Vec<(usize, Addr<SessionActor>)> = self
            .table
            .iter()
            .filter_map(|(_, e)| match &e.state {
                State::Running(addr) => Some((e.order, addr.clone())),
                _ => None,
            })
            .collect();
        running.sort_by_key(|(order, _)| std::cmp::Reverse(*order));
        for (_, addr) in running {
            addr.do_send(StopSession(EndReason::Killed));
        }
    }

    /// SIGHUP: reload the configuration file. New sessions start, removed ones stop,
    /// changed ones restart; the rest are not disturbed.
    fn reload(&mut self, ctx: &mut Context<Self>) {
        if self.shutting_down {
            return;
        }
        let loaded = match corral_config::load(&self.loaded.file, &self.overrides) {
            Ok(loaded) => loaded,
            Err(error) => {
                tracing::error!("reload failed, keeping the running configuration:\n{error}");
                eprintln!("corral: reload failed, keeping the running configuration:\n{error}");
                return;
            }
        };
        tracing::info!(file = %self.loaded.file.display(), "reloading");
        let wanted = spec::instances(&loaded.config.sessions);
        self.loaded = loaded;
        let ids: Vec<usize> = self.table.iter().map(|(id, _)| id).collect();
        let mut kept = Vec::new();
        for id in ids {
            let name = self.table[id].instance.display_name();
            let was_done = matches!(self.table[id].state, State::Done);
            match wanted.iter().find(|w| w.display_name() == name) {
                None if !was_done => self.stop_session(id, AfterEnd::Stop("removed by reload"), ctx),
                None => {}
                Some(new) if *new != self.table[id].instance => {
                    kept.push(name);
                    if was_done {
                        self.replace_instance(id, new.clone());
                    } else {
                        self.stop_session(id, AfterEnd::Replace(Box::new(new.clone())), ctx);
                    }
                }
                Some(_) => kept.push(name),
            }
        }
        for instance in wanted {
            if !kept.contains(&instance.display_name())
                && !self.table.iter().any(|(_, e)| e.instance.display_name() == instance.display_name() && !matches!(e.state, State::Done))
            {
                self.add(instance);
            }
        }
        self.start_waiting(ctx);
    }
}

fn killed() -> SessionOutcome {
    SessionOutcome {
        code: EndReason::Killed.default_exit_code(),
        reason: EndReason::Killed,
        cpu_time: Duration::ZERO,
        peak_heap_bytes: 0,
    }
}

impl Actor for Supervisor {
    type Context = Context<Self>;

    fn started(&mut self, ctx: &mut Context<Self>) {
        for instance in spec::instances(&self.loaded.config.sessions) {
            self.add(instance);
        }
        self.start_waiting(ctx);
        self.finish_if_idle();
    }
}

impl Handler<SessionStarted> for Supervisor {
    type Result = ();

    fn handle(&mut self, msg: SessionStarted, _ctx: &mut Context<Self>) {
        if let Some(entry) = self.table.get(msg.id) {
            Watchdog::global().watch(msg.control, entry.instance.time_limits());
        }
    }
}

impl Handler<SessionEnded> for Supervisor {
    type Result = ();

    fn handle(&mut self, msg: SessionEnded, ctx: &mut Context<Self>) {
        self.on_end(msg.id, msg.outcome, ctx);
    }
}

impl Handler<Restart> for Supervisor {
    type Result = ();

    fn handle(&mut self, Restart(id): Restart, ctx: &mut Context<Self>) {
        if self.table.get(id).is_some_and(|e| matches!(e.state, State::RestartPending(_))) {
            self.table[id].state = State::Waiting;
            self.start_waiting(ctx);
        }
    }
}

impl Handler<GraceExpired> for Supervisor {
    type Result = ();

    fn handle(&mut self, _msg: GraceExpired, _ctx: &mut Context<Self>) {
        tracing::info!("shutdown grace period over: terminating what remains");
        self.terminate_all();
    }
}

impl Handler<HostSignal> for Supervisor {
    type Result = ();

    fn handle(&mut self, HostSignal(signal): HostSignal, ctx: &mut Context<Self>) {
        match signal {
            Signal::Term | Signal::Int => self.shutdown(ctx),
            Signal::Hup => self.reload(ctx),
            other => tracing::debug!(signal = %other, "host signal ignored by the supervisor"),
        }
    }
}
