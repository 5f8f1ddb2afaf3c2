//! One session's isolate and context, and the calls the event loop makes into them.
//!
//! The bootstrap module (`runtime/js/internal/bootstrap.js`) returns an object of entry
//! points; [`Entry`] names them. Every call goes through [`JsRuntime::call`], which turns
//! an exception escaping JavaScript into Node's uncaught-exception handling: the
//! `'uncaughtException'` listeners if there are any, else the error printed with its
//! source context and the session ended with code 1.

use crate::bindings;
use crate::builtins;
use crate::session::{SessionControl, SessionOptions};
use crate::state::{SessionState, SharedState};
use crate::stack;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

/// The JavaScript functions the event loop calls, in the order bootstrap returns them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// `runMain(path)`: runs the entry file.
    RunMain,
    /// `runTimers(now)`: the timers phase.
    RunTimers,
    /// `runImmediates()`: the check phase.
    RunImmediates,
    /// `drainTicks()`: resumes a tick drain that yielded to the host.
    DrainTicks,
    /// `onStdin(kind, payload)`: stdin data (0), end (1) or error (2).
    OnStdin,
    /// `runCompletions()`: callbacks of completed operations (the poll phase).
    RunCompletions,
    /// `onSignal(name)`: a signal the session listens for arrived.
    OnSignal,
    /// `onLimitWarning(message)`: a resource limit is close.
    OnLimitWarning,
    /// `beforeExit()`: the loop has emptied.
    BeforeExit,
    /// `emitExit()`: the loop is done; emit `'exit'` and end with `process.exitCode`.
    EmitExit,
    /// `onUncaught(error, sourceContext)`: an exception escaped a callback.
    OnUncaught,
    /// `onFsEvent(watch, kind, payload)`: an `fs.watch` event ('rename' or 'change'
    /// with the filename's bytes) or failure ('error' with the errno).
    OnFsEvent,
}

const ENTRY_NAMES: [(&str, Entry); 12] = [
    ("runMain", Entry::RunMain),
    ("runTimers", Entry::RunTimers),
    ("runImmediates", Entry::RunImmediates),
    ("drainTicks", Entry::DrainTicks),
    ("onStdin", Entry::OnStdin),
    ("runCompletions", Entry::RunCompletions),
    ("onSignal", Entry::OnSignal),
    ("onLimitWarning", Entry::OnLimitWarning),
    ("beforeExit", Entry::BeforeExit),
    ("emitExit", Entry::EmitExit),
    ("onUncaught", Entry::OnUncaught),
    ("onFsEvent", Entry::OnFsEvent),
];

/// An argument passed to an entry point.
#[derive(Debug)]
pub enum Arg {
    /// A number.
    Number(f64),
    /// A string.
    Str(String),
    /// Bytes, passed as a `Uint8Array`.
    Bytes(Vec<u8>),
    /// `undefined`.
    Undefined,
}

/// How a call into JavaScript ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completion {
    /// It returned.
    Returned,
    /// It threw, and the exception was handled (by `'uncaughtException'` listeners).
    Handled,
    /// Execution was terminated: the session is ending.
    Terminated,
}

/// A failure to set a session up before any of its code runs.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The embedded bootstrap failed: a bug in corral itself.
    #[error("corral's JavaScript bootstrap failed: {0}")]
    Bootstrap(String),
}

/// A session's isolate with its context and entry points.
pub struct JsRuntime {
    // Handles are dropped before the isolate they belong to.
    entries: Vec<v8::Global<v8::Function>>,
    context: v8::Global<v8::Context>,
    state: SharedState,
    control: Arc<SessionControl>,
    isolate: v8::OwnedIsolate,
}

impl JsRuntime {
    /// Creates the isolate on the current (session) thread, installs the bridge
    /// operations, runs the bootstrap and hands it the session's details.
    pub fn new(
        options: &SessionOptions,
        state: SessionState,
        control: Arc<SessionControl>,
    ) -> Result<JsRuntime, StartError> {
        crate::platform::init(stack::js_stack_budget_kib());
        let mut params = v8::CreateParams::default();
        if let Some(heap) = options.heap_limit_bytes {
            params = params
                .heap_limits(0, heap)
                .array_buffer_allocator(crate::limits::BudgetAllocator::new_allocator(heap, control.clone()));
        }
        let mut isolate = v8::Isolate::new(params);
        if options.heap_limit_bytes.is_some() {
            crate::limits::watch_heap(&mut isolate, &control);
        }
        isolate.set_microtasks_policy(v8::MicrotasksPolicy::Explicit);
        control.attach_isolate(isolate.thread_safe_handle());
        let state: SharedState = Rc::new(RefCell::new(state));
        isolate.set_slot(state.clone());

        let (context, entries) = {
            v8::scope!(let scope, &mut isolate);
            let context = v8::Context::new(scope, Default::default());
            let scope = &mut v8::ContextScope::new(scope, context);
            v8::tc_scope!(let tc, scope);
            let entries = match bootstrap(tc, options) {
                Some(entries) => entries,
                None => {
                    let detail = tc
                        .exception()
                        .map(|e| describe_exception(tc, e))
                        .unwrap_or_else(|| "terminated".to_string());
                    return Err(StartError::Bootstrap(detail));
                }
            };
            (v8::Global::new(tc, context), entries)
        };
        Ok(JsRuntime { entries, context, state, control, isolate })
    }

    /// The session state shared with the bridge operations.
    pub fn state(&self) -> &SharedState {
        &self.state
    }

    /// The session's control block.
    pub fn control(&self) -> &Arc<SessionControl> {
        &self.control
    }

    /// Peak heap statistic: the current total heap size.
    pub fn heap_size(&mut self) -> usize {
        self.isolate.get_heap_statistics().total_heap_size()
    }

    /// Runs the tasks V8 posted to this isolate's foreground queue (finalization
    /// callbacks, background compilation results), without waiting for any.
    pub fn run_platform_tasks(&mut self) {
        let platform = v8::V8::get_current_platform();
        while v8::Platform::pump_message_loop(&platform, &self.isolate, false) {}
    }

    /// Calls entry point `entry` with `args`.
    pub fn call(&mut self, entry: Entry, args: Vec<Arg>) -> Completion {
        self.state.borrow_mut().call_started = std::time::Instant::now();
        let JsRuntime { entries, context, isolate, .. } = self;
        v8::scope!(let scope, isolate);
        let context = v8::Local::new(scope, &*context);
        let scope = &mut v8::ContextScope::new(scope, context);
        v8::tc_scope!(let tc, scope);
        let function = v8::Local::new(tc, &entries[entry as usize]);
        let args: Vec<v8::Local<v8::Value>> = args.into_iter().map(|a| to_v8(tc, a)).collect();
        let receiver = v8::undefined(tc).into();
        if function.call(tc, receiver, &args).is_some() {
            return Completion::Returned;
        }
        if tc.has_terminated() || tc.is_execution_terminating() {
            return Completion::Terminated;
        }
        let Some(exception) = tc.exception() else { return Completion::Returned };
        let source_context = match bindings::kept_source_context(tc, exception) {
            Some(kept) => kept,
            None => tc.message().map(|m| bindings::source_context(tc, m)).unwrap_or_default(),
        };
        tc.reset();
        let handler = v8::Local::new(tc, &entries[Entry::OnUncaught as usize]);
        let source_context = v8::String::new(tc, &source_context).unwrap().into();
        if handler.call(tc, receiver, &[exception, source_context]).is_some() {
            return Completion::Handled;
        }
        if tc.has_terminated() || tc.is_execution_terminating() {
            return Completion::Terminated;
        }
        // The uncaught-exception machinery itself threw: report it raw and end with
        // Node's code for this case (7).
        let detail = tc.exception().map(|e| describe_exception(tc, e)).unwrap_or_default();
        let text = format!("{detail}\n");
        let state = tc.get_slot::<SharedState>().unwrap().clone();
        let mut session = state.borrow_mut();
        let _ = session.stderr.write_all(text.as_bytes());
        session.request_exit(7, crate::outcome::EndReason::Uncaught);
        Completion::Terminated
    }
}

impl Drop for JsRuntime {
    fn drop(&mut self) {
        bindings::clear_thread_state();
        // The state holds a backing store of this isolate; release it first.
        self.state.borrow_mut().counters = None;
    }
}

/// Runs the bootstrap module and `setup(info)`, returning the entry points in
/// [`Entry`] order; `None` when JavaScript threw (the exception is in the TryCatch).
fn bootstrap(
    scope: &mut v8::PinScope<'_, '_>,
    options: &SessionOptions,
) -> Option<Vec<v8::Global<v8::Function>>> {
    let internals = bindings::create_internals(scope);
    let source = builtins::source(builtins::BOOTSTRAP).expect("the bootstrap module is embedded");
    let function = bindings::compile_as_function(
        scope,
        &format!("node:{}", builtins::BOOTSTRAP),
        source,
        &builtins::BUILTIN_PARAMS,
    )?;
    let exports = v8::Object::new(scope);
    let module = v8::Object::new(scope);
    let key = v8::String::new(scope, "exports").unwrap();
    module.set(scope, key.into(), exports.into());
    let undefined = v8::undefined(scope).into();
    function.call(scope, undefined, &[exports.into(), undefined, module.into(), internals.into()])?;
    let entry_object = module.get(scope, key.into())?;
    let entry_object = v8::Local::<v8::Object>::try_from(entry_object).ok()?;

    let info = v8::String::new(scope, &options.setup_json()).unwrap();
    let info = v8::json::parse(scope, info)?;
    let setup_key = v8::String::new(scope, "setup").unwrap();
    let setup = entry_object.get(scope, setup_key.into())?;
    let setup = v8::Local::<v8::Function>::try_from(setup).ok()?;
    setup.call(scope, undefined, &[info])?;

    let mut entries = Vec::with_capacity(ENTRY_NAMES.len());
    for (index, (name, entry)) in ENTRY_NAMES.iter().enumerate() {
        debug_assert_eq!(index, *entry as usize);
        let key = v8::String::new(scope, name).unwrap();
        let value = entry_object.get(scope, key.into())?;
        let Ok(function) = v8::Local::<v8::Function>::try_from(value) else {
            let message = v8::String::new(scope, &format!("bootstrap lacks entry point {name}")).unwrap();
            let error = v8::Exception::error(scope, message);
            scope.throw_exception(error);
            return None;
        };
        entries.push(v8::Global::new(scope, function));
    }
    Some(entries)
}

fn to_v8<'s>(scope: &mut v8::PinScope<'s, '_>, arg: Arg) -> v8::Local<'s, v8::Value> {
    match arg {
        Arg::Number(n) => v8::Number::new(scope, n).into(),
        Arg::Str(s) => v8::String::new(scope, &s).unwrap().into(),
        Arg::Bytes(bytes) => {
            let len = bytes.len();
            let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes).make_shared();
            let buffer = v8::ArrayBuffer::with_backing_store(scope, &store);
            v8::Uint8Array::new(scope, buffer, 0, len).unwrap().into()
        }
        Arg::Undefined => v8::undefined(scope).into(),
    }
}

/// A plain description of an exception (its stack, or its string form).
fn describe_exception(scope: &mut v8::PinScope<'_, '_>, exception: v8::Local<v8::Value>) -> String {
    if let Ok(object) = v8::Local::<v8::Object>::try_from(exception) {
        let key = v8::String::new(scope, "stack").unwrap();
        if let Some(stack) = object.get(scope, key.into()).filter(|s| s.is_string()) {
            return stack.to_rust_string_lossy(scope);
        }
    }
    exception.to_rust_string_lossy(scope)
}
