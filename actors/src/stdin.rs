//! The stdin actor: feeds a session's `process.stdin` with backpressure.
//!
//! Bytes flow only when the session asks: each [`PullStdin`] yields one chunk (or the
//! end). A reader thread does the blocking reads and stays one chunk ahead, so the V8
//! thread rarely waits, while buffering stays bounded to that one chunk — a session
//! that pauses its stdin stops the reads.

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
pub struct StdinActor {
    source: Option<StdinSource>,
    events: Sender<LoopEvent>,
    reader: Option<crossbeam_channel::Sender<()>>,
}

impl StdinActor {
    /// A stdin actor reading `source` into a session's mailbox.
    pub fn new(source: StdinSource, events: Sender<LoopEvent>) -> Self {
        StdinActor { source: Some(source), events, reader: None }
    }

    /// Starts the reader thread for the source on the first pull.
    fn start_reader(&mut self) -> Option<crossbeam_channel::Sender<()>> {
        if let Some(reader) = &self.reader {
            return Some(reader.clone());
        }
        let source = self.source.take()?;
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
                return None;
            }
        };
        let (pulls, pull_rx) = crossbeam_channel::unbounded();
        let spawned = std::thread::Builder::new()
            .name("corral:stdin".into())
            .spawn(move || read_ahead(input, pull_rx, events));
        if let Err(error) = spawned {
            let _ = self.events.send(LoopEvent::StdinError(error.to_string()));
            return None;
        }
        self.reader = Some(pulls.clone());
        Some(pulls)
    }
}

/// Answers each pull with one chunk, reading the next chunk while the session
/// processes the last one.
fn read_ahead(mut input: Box<dyn Read + Send>, pulls: crossbeam_channel::Receiver<()>, events: Sender<LoopEvent>) {
    let read_chunk = |input: &mut Box<dyn Read + Send>| -> LoopEvent {
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
    };
    let mut ahead: Option<LoopEvent> = None;
    while pulls.recv().is_ok() {
        let event = ahead.take().unwrap_or_else(|| read_chunk(&mut input));
        let more = matches!(event, LoopEvent::StdinData(_));
        if events.send(event).is_err() || !more {
            return;
        }
        ahead = Some(read_chunk(&mut input));
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
        if let Some(reader) = self.start_reader() {
            let _ = reader.send(());
        }
    }
}

impl Handler<Shutdown> for StdinActor {
    type Result = ();

    fn handle(&mut self, _msg: Shutdown, ctx: &mut Context<Self>) {
        // Dropping the pull sender ends the reader thread once its read returns.
        self.reader = None;
        ctx.stop();
    }
}
