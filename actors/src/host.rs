//! The V8 thread's view of the host: requests routed to the bridge actors.

use crate::fs_watch::SessionWatches;
use crate::messages::{ArmTimer, DeliverSignal, DisarmTimer, ListenSignal, PullStdin};
use crate::signal::SignalActor;
use crate::stdin::StdinActor;
use crate::timer::TimerActor;
use actix::Addr;
use corral_runtime::{Host, HostRequest};

/// Routes each [`HostRequest`] of a session to the bridge actor that owns it.
pub struct ActorHost {
    /// The session's timer actor.
    pub timer: Addr<TimerActor>,
    /// The session's stdin actor.
    pub stdin: Addr<StdinActor>,
    /// The stdin actor's data channel, for pulls after the first.
    pub stdin_pulls: crossbeam_channel::Sender<()>,
    /// Whether the first pull (which starts the stdin reader) has been sent.
    pub stdin_started: std::cell::Cell<bool>,
    /// The session's signal actor.
    pub signal: Addr<SignalActor>,
    /// The session's file watches (set up on the calling thread, see `fs_watch.rs`).
    pub fs_watches: SessionWatches,
}

impl Host for ActorHost {
    fn send(&self, request: HostRequest) {
        match request {
            HostRequest::ArmTimer { deadline, generation } => self.timer.do_send(ArmTimer { deadline, generation }),
            HostRequest::DisarmTimer => self.timer.do_send(DisarmTimer),
            HostRequest::StdinPull if self.stdin_started.replace(true) => {
                let _ = self.stdin_pulls.send(());
            }
            HostRequest::StdinPull => self.stdin.do_send(PullStdin),
            HostRequest::ListenSignal { signal, listening } => {
                self.signal.do_send(ListenSignal { signal, listening })
            }
            HostRequest::Kill(signal) => self.signal.do_send(DeliverSignal(signal)),
            HostRequest::Watch { watch, path, name } => self.fs_watches.watch(watch, &path, name),
            HostRequest::Unwatch { watch } => self.fs_watches.unwatch(watch),
        }
    }
}
