//! The stdin actor: feeds a session's `process.stdin` with backpressure.
//!
//! Bytes flow only when the session asks. Each [`PullStdin`] grants one more chunk; the
//! first grants [`READ_AHEAD`] so a reader thread can keep that many chunks in flight
//! while the V8 thread works. Buffering is therefore bounded: a session that pauses
//! its stdin stops pulling, and the reads stop after at most `READ_AHEAD` chunks.

use crate::messages::{PullStdin, Shutdown};
use actix::prelude::*;
use corral_runtime::LoopEvent;
use crossbeam_channel::Sender;
use std::fs::File;
use std::io::{self, Read};
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;
use std::path::PathBuf;

/// Size of one stdin chunk, as Node reads pipes.
pub const CHUNK_SIZE: usize = 64 * 1024;

/// How many chunks may be in flight ahead of the session's pulls.
pub const READ_AHEAD: usize = 4;

/// Where a session's stdin comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StdinSource {
    /// The host process's own stdin (a pipe, file or terminal).
    Inherit,
    /// A file on the host.
    File(PathBuf),
    /// These bytes, then the end.
    Bytes(Vec<u8>),
    /// Nothing: the end at once.
    Null,
}

/// Serves one session's stdin.
///
/// The first pull comes as a [`PullStdin`] message and starts the reader thread; later
/// pulls go straight to that thread through [`StdinActor::pulls`], the actor's data
/// channel, so a chunk costs no trip through the actor system.
pub struct StdinActor {
    source: Option<StdinSource>,
    events: Sender<LoopEvent>,
    pulls: crossbeam_channel::Sender<()>,
    pull_receiver: Option<crossbeam_channel::Receiver<()>>,
}

impl StdinActor {
    /// A stdin actor reading `source` into a session's mailbox.
    pub fn new(source: StdinSource, events: Sender<LoopEvent>) -> Self {
        let (pulls, pull_receiver) = crossbeam_channel::unbounded();
        StdinActor { source: Some(source), events, pulls, pull_receiver: Some(pull_receiver) }
    }

    /// The channel later pulls are sent on, once the first [`PullStdin`] has started
    /// the reader.
    pub fn pulls(&self) -> crossbeam_channel::Sender<()> {
        self.pulls.clone()
    }

    /// Starts the reader thread for the source; false when it could not start.
    fn start_reader(&mut self) -> bool {
        let (Some(source), Some(pulls)) = (self.source.take(), self.pull_receiver.take()) else {
            return true;
        };
        let events = self.events.clone();
        let opened: io::Result<Box<dyn Read + Send>> = match source {
            StdinSource::Inherit => Ok(Box::new(InheritedStdin)),
            StdinSource::File(path) => File::open(&path).map(|f| Box::new(f) as Box<dyn Read + Send>),
            StdinSource::Bytes(bytes) => Ok(Box::new(io::Cursor::new(bytes))),
            StdinSource::Null => Ok(Box::new(io::empty())),
        };
        let input = match opened {
            Ok(input) => input,
            Err(error) => {
                let _ = events.send(LoopEvent::StdinError(error.to_string()));
                return false;
            }
        };
        let spawned = std::thread::Builder::new()
            .name("corral:stdin".into())
            .spawn(move || read_ahead(input, pulls, events));
        if let Err(error) = spawned {
            let _ = self.events.send(LoopEvent::StdinError(error.to_string()));
            return false;
        }
        true
    }
}

/// Sends chunks while the session has credit: the first pull grants [`READ_AHEAD`]
/// chunks, each later pull one more.
fn read_ahead(mut input: Box<dyn Read + Send>, pulls: crossbeam_channel::Receiver<()>, events: Sender<LoopEvent>) {
    let mut credit = 0usize;
    let mut first = true;
    loop {
        if credit == 0 {
            if pulls.recv().is_err() {
                return;
            }
            credit += if first { READ_AHEAD } else { 1 };
            first = false;
        }
        while pulls.try_recv().is_ok() {
            credit += 1;
        }
        let event = read_chunk(&mut input);
        let more = matches!(event, LoopEvent::StdinData(_));
        if events.send(event).is_err() || !more {
            return;
        }
        credit -= 1;
    }
}

fn read_chunk(input: &mut Box<dyn Read + Send>) -> LoopEvent {
    let mut buffer = vec![0u8; CHUNK_SIZE];
    loop {
        match input.read(&mut buffer) {
            Ok(0) => return LoopEvent::StdinEnd,
            Ok(n) => {
                buffer.truncate(n);
                return LoopEvent::StdinData(buffer);
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return LoopEvent::StdinError(e.to_string()),
        }
    }
}

/// The host's file descriptor 0, read without Rust's stdin buffering.
struct InheritedStdin;

impl Read for InheritedStdin {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let mut file = ManuallyDrop::new(unsafe { File::from_raw_fd(0) });
        file.read(buf)
    }
}

impl Actor for StdinActor {
    type Context = Context<Self>;
}

impl Handler<PullStdin> for StdinActor {
    type Result = ();

    fn handle(&mut self, _msg: PullStdin, _ctx: &mut Context<Self>) {
        if self.start_reader() {
            let _ = self.pulls.send(());
        }
    }
}

impl Handler<Shutdown> for StdinActor {
    type Result = ();

    fn handle(&mut self, _msg: Shutdown, ctx: &mut Context<Self>) {
        // The reader thread ends once every pull sender is gone and its read returns.
        ctx.stop();
    }
}
