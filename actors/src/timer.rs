//! The timer actor: the session's clock on the host side.
//!
//! JavaScript keeps Node's timer lists on the V8 thread and asks for one deadline at a
//! time, the earliest; this actor wakes the thread with `LoopEvent::TimerDue` when it
//! passes. Because every deadline goes through here, a virtual clock for deterministic
//! fault injection can replace [`DeadlineThread`] without touching the V8 side.
//!
//! Deadlines are kept by one process-wide thread that sleeps until the earliest of
//! them with sub-millisecond precision (the async runtime's timer rounds up to whole
//! milliseconds, which would make every `setTimeout(f, 1)` wait up to 2 ms).

use crate::messages::{ArmTimer, DisarmTimer, Shutdown};
use actix::prelude::*;
use corral_runtime::LoopEvent;
use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::Instant;

/// Fires one session's timer deadline.
pub struct TimerActor {
    id: u64,
    events: Sender<LoopEvent>,
}

impl TimerActor {
    /// A timer actor sending into a session's mailbox.
    pub fn new(events: Sender<LoopEvent>) -> Self {
        static NEXT_ID: AtomicU64 = AtomicU64::new(1);
        TimerActor { id: NEXT_ID.fetch_add(1, Ordering::Relaxed), events }
    }
}

impl Actor for TimerActor {
    type Context = Context<Self>;
}

impl Handler<ArmTimer> for TimerActor {
    type Result = ();

    fn handle(&mut self, msg: ArmTimer, _ctx: &mut Context<Self>) {
        DeadlineThread::global().send(Command::Arm {
            owner: self.id,
            deadline: msg.deadline,
            generation: msg.generation,
            events: self.events.clone(),
        });
    }
}

impl Handler<DisarmTimer> for TimerActor {
    type Result = ();

    fn handle(&mut self, _msg: DisarmTimer, _ctx: &mut Context<Self>) {
        DeadlineThread::global().send(Command::Disarm { owner: self.id });
    }
}

impl Handler<Shutdown> for TimerActor {
    type Result = ();

    fn handle(&mut self, _msg: Shutdown, ctx: &mut Context<Self>) {
        DeadlineThread::global().send(Command::Disarm { owner: self.id });
        ctx.stop();
    }
}

enum Command {
    Arm { owner: u64, deadline: Instant, generation: u64, events: Sender<LoopEvent> },
    Disarm { owner: u64 },
}

/// The process-wide thread that sleeps until the earliest armed deadline.
struct DeadlineThread {
    commands: Sender<Command>,
}

impl DeadlineThread {
    fn global() -> &'static DeadlineThread {
        static THREAD: OnceLock<DeadlineThread> = OnceLock::new();
        THREAD.get_or_init(|| {
            let (commands, receiver) = crossbeam_channel::unbounded();
            std::thread::Builder::new()
                .name("corral:timers".into())
                .spawn(move || run_deadlines(receiver))
                .expect("cannot start the timer thread");
            DeadlineThread { commands }
        })
    }

    fn send(&self, command: Command) {
        let _ = self.commands.send(command);
    }
}

/// One armed deadline per owner, ordered by time.
fn run_deadlines(commands: Receiver<Command>) {
    let mut by_time: BTreeMap<(Instant, u64), (u64, Sender<LoopEvent>)> = BTreeMap::new();
    let mut by_owner: HashMap<u64, Instant> = HashMap::new();
    loop {
        let next = by_time.keys().next().map(|(deadline, _)| *deadline);
        let command = match next {
            Some(deadline) => match commands.recv_deadline(deadline) {
                Ok(command) => Some(command),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => return,
            },
            None => match commands.recv() {
                Ok(command) => Some(command),
                Err(_) => return,
            },
        };
        match command {
            Some(Command::Arm { owner, deadline, generation, events }) => {
                if let Some(old) = by_owner.insert(owner, deadline) {
                    by_time.remove(&(old, owner));
                }
                by_time.insert((deadline, owner), (generation, events));
            }
            Some(Command::Disarm { owner }) => {
                if let Some(old) = by_owner.remove(&owner) {
                    by_time.remove(&(old, owner));
                }
            }
            None => {}
        }
        let now = Instant::now();
        while let Some(entry) = by_time.first_entry() {
            if entry.key().0 > now {
                break;
            }
            let ((_, owner), (generation, events)) = entry.remove_entry();
            by_owner.remove(&owner);
            let _ = events.send(LoopEvent::TimerDue { generation });
        }
    }
}
