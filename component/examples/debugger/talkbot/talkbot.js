"use components";
export function instantiate(getCoreModule, imports, instantiateCore = WebAssembly.instantiate) {
  
  const emptyFunc = () => {};
  
  let dv = new DataView(new ArrayBuffer());
  const dataView = mem => dv.buffer === mem.buffer ? dv : dv = new DataView(mem.buffer);
  
  function toUint64(val) {
    const converted = BigInt(val)
    
    return BigInt.asUintN(64, converted);
  }
  
  
  function toUint16(val) {
    
    val >>>= 0;
    val %= 2 ** 16;
    return val;
  }
  
  
  function toUint32(val) {
    
    return val >>> 0;
  }
  
  
  function toUint8(val) {
    
    val >>>= 0;
    val %= 2 ** 8;
    return val;
  }
  
  
  function _isValidNumericPrimitive(ty, v) {
    if (v === undefined || v === null) { return false; }
    switch (ty) {
      case 'bool':
      return v === 0 || v === 1;
      break;
      case 'u8':
      return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 255;
      break;
      case 's8':
      return typeof v === 'number' && Number.isInteger(v) && v >= -128 && v <= 127;
      break;
      case 'u16':
      return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 65535;
      break;
      case 's16':
      return typeof v === 'number' && Number.isInteger(v) && v >= -32768 && v <= 32767;
      case 'u32':
      return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 4_294_967_295;
      case 's32':
      return typeof v === 'number' && Number.isInteger(v) && v >= -2_147_483_648 && v <= 2_147_483_647;
      case 'u64':
      return typeof v === 'bigint' && v >= 0 && v <= 18_446_744_073_709_551_615n;
      case 's64':
      return typeof v === 'bigint' && v >= -9223372036854775808n && v <= 9223372036854775807n;
      break;
      case 'f32':
      case 'f64': return typeof v === 'number';
      default:
      return false;
    }
    return true;
  }
  
  function _requireValidNumericPrimitive(ty, v) {
    if (v === undefined  || v === null || !_isValidNumericPrimitive(ty, v)) {
      throw new TypeError(`invalid ${ty} value [${v}]`);
    }
    return true;
  }
  const TEXT_DECODER_UTF8 = new TextDecoder();
  const TEXT_ENCODER_UTF8 = new TextEncoder();
  
  function _utf8AllocateAndEncode(s, realloc, memory) {
    if (typeof s !== 'string') {
      throw new TypeError('expected a string, received [' + typeof s + ']');
    }
    if (s.length === 0) { return { ptr: 1, len: 0 }; }
    // Compute the exact allocation size up front. Some older preview1
    // adapters only support an initial allocation, not a subsequent shrink.
    let len = 0;
    let codepoints = 0;
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      codepoints++;
      if (ch < 0x80) { len += 1; }
      else if (ch < 0x800) { len += 2; }
      else if (ch >= 0xd800 && ch <= 0xdbff &&
      i + 1 < s.length &&
      (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        len += 4;
        i++;
      } else { len += 3; }
    }
    const ptr = realloc(0, 0, 1, len);
    const { read, written } = TEXT_ENCODER_UTF8.encodeInto(
    s,
    new Uint8Array(memory.buffer, ptr, len),
    );
    if (read !== s.length || written !== len) {
      throw new Error('failed to encode whole string');
    }
    const res = { ptr, len, codepoints };
    return res;
  }
  
  const T_FLAG = 1 << 30;
  
  function rscTableCreateOwn(table, rep) {
    const free = table[0] & ~T_FLAG;
    table._createdReps.add(rep);
    if (free === 0) {
      table.push(0);
      table.push(rep | T_FLAG);
      return (table.length >> 1) - 1;
    }
    table[0] = table[free << 1];
    table[free << 1] = 0;
    table[(free << 1) + 1] = rep | T_FLAG;
    return free;
  }
  
  const RESOURCE_SCOPE_TASKS = new Map();
  const WebAssemblyRuntimeError = WebAssembly.RuntimeError;
  
  function rscTableRemove(table, handle) {
    const scope = table[handle << 1];
    const val = table[(handle << 1) + 1];
    const own = (val & T_FLAG) !== 0;
    const rep = val & ~T_FLAG;
    if (val === 0 || (scope & T_FLAG) !== 0) {
      // Resource entries occupy scope/rep pairs after the table sentinel.
      throw new WebAssemblyRuntimeError(`unknown handle index ${(handle << 1) + 1}`);
    }
    if (own && scope !== 0) {
      throw new WebAssemblyRuntimeError('cannot remove owned resource while borrowed');
    }
    const borrowTask = own ? undefined : RESOURCE_SCOPE_TASKS.get(scope);
    table[handle << 1] = table[0] | T_FLAG;
    table[0] = handle | T_FLAG;
    borrowTask?.removeBorrowedHandle();
    return { rep, scope, own };
  }
  
  let RESOURCE_SCOPE_ID = 0;
  const ASYNC_TASKS_BY_COMPONENT_IDX = new Map();
  const ASYNC_CURRENT_COMPONENT_IDXS = [];
  
  function getCurrentTask(componentIdx, taskID) {
    let usedGlobal = false;
    if (componentIdx === undefined || componentIdx === null) {
      throw new Error('missing component idx'); // TODO(fix)
      // componentIdx = ASYNC_CURRENT_COMPONENT_IDXS.at(-1);
      // usedGlobal = true;
    }
    
    const taskMetas = ASYNC_TASKS_BY_COMPONENT_IDX.get(componentIdx);
    if (taskMetas === undefined || taskMetas.length === 0) { return undefined; }
    
    if (taskID) {
      return taskMetas.find(meta => meta.task.id() === taskID);
    }
    
    const taskMeta = taskMetas[taskMetas.length - 1];
    if (!taskMeta || !taskMeta.task) { return undefined; }
    
    return taskMeta;
  }
  const ASYNC_CURRENT_TASK_IDS = [];
  
  const _debugLog = (...args) => {
    if (!globalThis?.process?.env?.JCO_DEBUG) { return; }
    console.debug(...args);
  };
  
  function clearCurrentTask(componentIdx, taskID) {
    _debugLog('[clearCurrentTask()] args', { componentIdx, taskID });
    
    if (componentIdx === undefined || componentIdx === null) {
      throw new Error('missing/invalid component instance index while ending current task');
    }
    
    const tasks = ASYNC_TASKS_BY_COMPONENT_IDX.get(componentIdx);
    if (!tasks || !Array.isArray(tasks)) {
      throw new Error('missing/invalid tasks for component instance while ending task');
    }
    if (tasks.length == 0) {
      throw new Error(`no current tasks for component instance [${componentIdx}] while ending task`);
    }
    
    if (taskID !== undefined) {
      const last = tasks[tasks.length - 1];
      if (last.id !== taskID) {
        // throw new Error('current task does not match expected task ID');
        return;
      }
    }
    
    ASYNC_CURRENT_TASK_IDS.pop();
    ASYNC_CURRENT_COMPONENT_IDXS.pop();
    
    const taskMeta = tasks.pop();
    return taskMeta.task;
  }
  const ASYNC_STATE = new Map();
  
  function promiseWithResolvers() {
    if (Promise.withResolvers) {
      return Promise.withResolvers();
    } else {
      let resolve;
      let reject;
      const promise = new Promise((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    }
  }
  
  class Waitable {
    #componentIdx;
    
    #pendingEventFn = null;
    
    #promise;
    #resolve;
    #reject;
    
    #waitableSet = null;
    
    #hasSyncWaiter = false;
    
    #idx = null; // to component-global waitables
    
    target;
    
    constructor(args) {
      const { componentIdx, target } = args;
      this.#componentIdx = componentIdx;
      this.target = args.target;
      this.#resetPromise();
    }
    
    componentIdx() { return this.#componentIdx; }
    isInSet() { return this.#waitableSet !== null; }
    
    idx() { return this.#idx; }
    setIdx(idx) {
      if (idx === 0) { throw new Error("waitable idx cannot be zero"); }
      this.#idx = idx;
    }
    
    setTarget(tgt) { this.target = tgt; }
    
    #resetPromise() {
      const { promise, resolve, reject } = promiseWithResolvers()
      this.#promise = promise;
      this.#resolve = resolve;
      this.#reject = reject;
    }
    
    resolve() { this.#resolve(); }
    reject(err) { this.#reject(err); }
    promise() { return this.#promise; }
    
    hasPendingEvent() {
      // _debugLog('[Waitable#hasPendingEvent()]', {
        //     componentIdx: this.#componentIdx,
        //     waitable: this,
        //     waitableSet: this.#waitableSet,
        //     hasPendingEvent: this.#pendingEventFn !== null,
        // });
        return this.#pendingEventFn !== null;
      }
      
      setPendingEvent(fn) {
        _debugLog('[Waitable#setPendingEvent()] args', {
          waitable: this,
          inSet: this.#waitableSet,
        });
        this.#pendingEventFn = fn;
      }
      
      getPendingEvent() {
        _debugLog('[Waitable#getPendingEvent()] args', {
          waitable: this,
          inSet: this.#waitableSet,
          hasPendingEvent: this.#pendingEventFn !== null,
        });
        if (this.#pendingEventFn === null) { return null; }
        const eventFn = this.#pendingEventFn;
        this.#pendingEventFn = null;
        const e = eventFn();
        this.#resetPromise();
        return e;
      }
      
      join(waitableSet) {
        _debugLog('[Waitable#join()] args', {
          waitable: this,
          waitableSet: waitableSet,
          isRemoval: waitableSet === null,
        });
        
        if (this.#waitableSet === undefined) {
          throw new TypeError('waitable set must be not be undefined');
        }
        
        if (this.#waitableSet) {
          this.#waitableSet.removeWaitable(this);
        }
        
        this.#waitableSet = waitableSet;
        
        if (waitableSet) {
          this.#waitableSet.addWaitable(this);
        }
      }
      
      drop() {
        _debugLog('[Waitable#drop()] args', {
          componentIdx: this.#componentIdx,
          waitable: this,
        });
        if (this.hasPendingEvent()) {
          throw new Error('waitables with pending events cannot be dropped');
        }
        this.join(null);
      }
      
      async waitForPendingEvent(args) {
        const { cstate } = args;
        if (!cstate) { throw new TypeError('missing component state'); }
        
        if (this.#waitableSet !== null || this.#hasSyncWaiter) {
          throw new Error("waitable is already in a set/has a sync waiter");
        }
        this.#hasSyncWaiter = true;
        await cstate.waitUntil({
          cancellable: false,
          readyFn: () => this.hasPendingEvent(),
        });
        this.#hasSyncWaiter = false;
      }
      
    }
    const INSTANCE_FLAGS = new Map();
    const STORE_TRAP = { error: null };
    const STORE_ASYNC_STATE = { deadlockCheck: null, pendingHostOperations: 0 };
    
    function _checkForDeadlock() {
      if (STORE_ASYNC_STATE.deadlockCheck !== null || STORE_TRAP.error !== null) { return; }
      STORE_ASYNC_STATE.deadlockCheck = setTimeout(() => {
        STORE_ASYNC_STATE.deadlockCheck = null;
        if (STORE_TRAP.error !== null || STORE_ASYNC_STATE.pendingHostOperations > 0) { return; }
        
        const suspendedTasks = new Set();
        for (const state of ASYNC_STATE.values()) {
          if (state.hasPendingSchedulerWork()) {
            state.runTickLoop();
            return;
          }
          for (const meta of state.suspendedTaskMetas()) {
            suspendedTasks.add(meta.task);
          }
        }
        
        const unresolvedRoots = new Set();
        for (const task of suspendedTasks) {
          const root = task.getRootTask();
          if (!root.isResolvedState()) { unresolvedRoots.add(root); }
        }
        if (unresolvedRoots.size === 0) { return; }
        
        const err = new WebAssemblyRuntimeError('wasm trap: deadlock detected: event loop cannot make further progress');
        // Which tasks were waiting, and on whose behalf. The message stays
        // exactly what the Canonical ABI calls for, so this rides alongside
        // it: a deadlock reported from a real program is otherwise a bare
        // sentence, and the state that produced it is gone by the time
        // anyone reads the failure.
        err.deadlockDetail = {
          pendingHostOperations: STORE_ASYNC_STATE.pendingHostOperations,
          suspendedTasks: [...suspendedTasks].map((task) => ({
            taskID: task.id(),
            componentIdx: task.componentIdx(),
            state: task.taskState(),
            rootTaskID: task.getRootTask().id(),
          })),
          unresolvedRootTaskIDs: [...unresolvedRoots].map((root) => root.id()),
        };
        STORE_TRAP.error = err;
        for (const root of unresolvedRoots) {
          root.setErrored(err);
          root.reject(err);
        }
        for (const task of suspendedTasks) {
          if (!task.isResolvedState() && unresolvedRoots.has(task.getRootTask())) {
            task.setErrored(err);
            task.reject(err);
          }
        }
        for (const state of ASYNC_STATE.values()) { state.runTickLoop(); }
      }, 0);
    }
    
    const CORE_TRAP_MESSAGES = new Map([
    ['unreachable', "wasm trap: wasm `unreachable` instruction executed"],
    ['memory access out of bounds', "wasm trap: out of bounds memory access"],
    ['divide by zero', "wasm trap: integer divide by zero"],
    ['remainder by zero', "wasm trap: integer divide by zero"],
    ['divide result unrepresentable', "wasm trap: integer overflow"],
    ['float unrepresentable in integer range', "wasm trap: invalid conversion to integer"],
    ['table index is out of bounds', "wasm trap: undefined element: out of bounds table access"],
    ['function signature mismatch', "wasm trap: indirect call type mismatch"],
    ['call stack exhausted', "wasm trap: call stack exhausted"],
    ]);
    function _normalizeCoreTrap(err) {
      if (!(err instanceof WebAssemblyRuntimeError)) { return err; }
      const message = CORE_TRAP_MESSAGES.get(err.message);
      if (message !== undefined) { err.message = message; }
      return err;
    }
    
    class RepTable {
      // Sentinel marking a freed slot; the freelist link for a freed slot
      // lives in the odd cell. This keeps get()/contains()/remove() on freed
      // reps well-defined (previously they returned/corrupted freelist links).
      static FREE = Symbol('RepTable.free');
      
      #data = [0, null];
      #size = 0;
      #target;
      
      constructor(args) {
        this.target = args?.target;
      }
      
      data() { return this.#data; }
      
      insert(val) {
        _debugLog('[RepTable#insert()] args', { val, target: this.target });
        const freeIdx = this.#data[0];
        if (freeIdx === 0) {
          this.#data.push(val);
          this.#data.push(null);
          const rep = (this.#data.length >> 1) - 1;
          _debugLog('[RepTable#insert()] inserted', { val, target: this.target, rep });
          this.#size += 1;
          return rep;
        }
        const placementIdx = freeIdx << 1;
        if (this.#data[placementIdx] !== RepTable.FREE) {
          throw new Error('corrupt rep table freelist: head does not point at a freed slot');
        }
        this.#data[0] = this.#data[placementIdx + 1];
        this.#data[placementIdx] = val;
        this.#data[placementIdx + 1] = null;
        _debugLog('[RepTable#insert()] inserted', { val, target: this.target, rep: freeIdx });
        this.#size += 1;
        return freeIdx;
      }
      
      get(rep) {
        _debugLog('[RepTable#get()] args', { rep, target: this.target });
        if (rep === 0) { throw new Error('invalid resource rep during get, (cannot be 0)'); }
        
        const baseIdx = rep << 1;
        const val = this.#data[baseIdx];
        if (val === RepTable.FREE) { return undefined; }
        return val;
      }
      
      contains(rep) {
        _debugLog('[RepTable#contains()] args', { rep, target: this.target });
        if (rep === 0) { throw new Error('invalid resource rep during contains, (cannot be 0)'); }
        
        const baseIdx = rep << 1;
        const val = this.#data[baseIdx];
        return val !== RepTable.FREE && !!val;
      }
      
      remove(rep) {
        _debugLog('[RepTable#remove()] args', { rep, target: this.target });
        if (rep === 0) { throw new Error('invalid resource rep during remove, (cannot be 0)'); }
        if (this.#data.length === 2) { throw new Error('invalid'); }
        
        const baseIdx = rep << 1;
        if (baseIdx >= this.#data.length) {
          throw new Error(`invalid rep [${rep}] during remove, out of range`);
        }
        const val = this.#data[baseIdx];
        if (val === RepTable.FREE) {
          throw new Error(`double removal of rep [${rep}] (already freed)`);
        }
        
        this.#data[baseIdx] = RepTable.FREE;
        this.#data[baseIdx + 1] = this.#data[0];
        this.#data[0] = rep;
        this.#size -= 1;
        
        return val;
      }
      
      size() { return this.#size; }
      
      clear() {
        _debugLog('[RepTable#clear()] args', { rep, target: this.target });
        this.#data = [0, null];
      }
    }
    
    class ComponentAsyncState {
      static EVENT_HANDLER_EVENTS = [ 'backpressure-change' ];
      
      static TickResult = {
        // no suspended tasks remain
        DONE: 'done',
        // a suspended task was resumed (more may be ready)
        RESUMED: 'resumed',
        // suspended tasks remain but none were ready
        IDLE: 'idle',
      };
      
      #componentIdx;
      #callingAsyncImport = false;
      #syncImportWait = promiseWithResolvers();
      #lockHolderTaskID = null;
      #lockWaiters = [];
      #lockHandoffScheduled = false;
      #pendingTaskStarts = 0;
      #parkedTasks = new Map();
      #suspendedTasksByTaskID = new Map();
      #suspendedTaskIDs = [];
      #errored = null;
      #trapped = false;
      #backpressure = 0;
      #backpressureWaiters = 0n;
      
      #handlerMap = new Map();
      #nextHandlerID = 0n;
      
      #tickLoop = null;
      #tickLoopInterval = null;
      
      #onExclusiveReleaseHandlers = [];
      
      #mayLeave = true;
      
      handles;
      subtasks;
      
      constructor(args) {
        this.#componentIdx = args.componentIdx;
        this.handles = new RepTable({ target: `component [${this.#componentIdx}] handles (waitable objects)` });
        this.subtasks = new RepTable({ target: `component [${this.#componentIdx}] subtasks` });
      };
      
      componentIdx() { return this.#componentIdx; }
      
      get mayLeave() {
        const flags = INSTANCE_FLAGS.get(this.#componentIdx);
        return flags === undefined ? this.#mayLeave : flags.value === 1;
      }
      set mayLeave(value) {
        if (typeof value !== 'boolean') { throw new TypeError('mayLeave must be a boolean'); }
        this.#mayLeave = value;
        const flags = INSTANCE_FLAGS.get(this.#componentIdx);
        if (flags !== undefined) { flags.value = value ? 1 : 0; }
      }
      
      errored() { return this.#errored !== null; }
      setErrored(err) {
        _debugLog('[ComponentAsyncState#setErrored()] component errored', { err, componentIdx: this.#componentIdx });
        if (this.#errored) { return; }
        if (!err) {
          err = new Error('error elswehere (see other component instance error)')
          err.componentIdx = this.#componentIdx;
        }
        this.#errored = err;
      }
      
      markTrapped(err) {
        if (!(err instanceof WebAssemblyRuntimeError)) {
          return false;
        }
        err = _normalizeCoreTrap(err);
        this.#trapped = true;
        _debugLog('[ComponentAsyncState#markTrapped()] component trapped', { err, componentIdx: this.#componentIdx });
        if (STORE_TRAP.error === null) { STORE_TRAP.error = err; }
        return true;
      }
      
      throwIfTrapped() {
        if (this.#trapped) {
          throw new WebAssemblyRuntimeError("wasm trap: cannot enter component instance");
        }
      }
      
      callingSyncImport(val) {
        if (val === undefined) { return this.#callingAsyncImport; }
        if (typeof val !== 'boolean') { throw new TypeError('invalid setting for async import'); }
        const prev = this.#callingAsyncImport;
        this.#callingAsyncImport = val;
        if (prev === true && this.#callingAsyncImport === false) {
          this.#notifySyncImportEnd();
        }
      }
      
      #notifySyncImportEnd() {
        const existing = this.#syncImportWait;
        this.#syncImportWait = promiseWithResolvers();
        existing.resolve();
      }
      
      async waitForSyncImportCallEnd() {
        await this.#syncImportWait.promise;
      }
      
      setBackpressure(v) {
        this.#backpressure = v;
        return this.#backpressure
      }
      getBackpressure() { return this.#backpressure; }
      
      incrementBackpressure() {
        const current = this.#backpressure;
        if (current < 0 || current > 2**16) {
          throw new Error(`invalid current backpressure value [${current}]`);
        }
        const newValue = this.getBackpressure() + 1;
        if (newValue >= 2**16) {
          throw new Error(`invalid new backpressure value [${newValue}], overflow`);
        }
        return this.setBackpressure(newValue);
      }
      
      decrementBackpressure() {
        const current = this.#backpressure;
        if (current < 0 || current > 2**16) {
          throw new Error(`invalid current backpressure value [${current}]`);
        }
        const newValue = Math.max(0, current - 1);
        if (newValue < 0) {
          throw new Error(`invalid new backpressure value [${newValue}], underflow`);
        }
        return this.setBackpressure(newValue);
      }
      hasBackpressure() { return this.#backpressure > 0; }
      
      waitForBackpressure() {
        let backpressureCleared = false;
        const cstate = this;
        cstate.addBackpressureWaiter();
        const handlerID = this.registerHandler({
          event: 'backpressure-change',
          fn: (bp) => {
            if (bp === 0) {
              cstate.removeHandler(handlerID);
              backpressureCleared = true;
            }
          }
        });
        return new Promise((resolve) => {
          const interval = setInterval(() => {
            if (backpressureCleared) { return; }
            clearInterval(interval);
            cstate.removeBackpressureWaiter();
            resolve(null);
          }, 0);
        });
      }
      
      registerHandler(args) {
        const { event, fn } = args;
        if (!event) { throw new Error("missing handler event"); }
        if (!fn) { throw new Error("missing handler fn"); }
        
        if (!ComponentAsyncState.EVENT_HANDLER_EVENTS.includes(event)) {
          throw new Error(`unrecognized event handler [${event}]`);
        }
        
        const handlerID = this.#nextHandlerID++;
        let handlers = this.#handlerMap.get(event);
        if (!handlers) {
          handlers = [];
          this.#handlerMap.set(event, handlers)
        }
        
        handlers.push({ id: handlerID, fn, event });
        return handlerID;
      }
      
      removeHandler(args) {
        const { event, handlerID } = args;
        const registeredHandlers = this.#handlerMap.get(event);
        if (!registeredHandlers) { return; }
        const found = registeredHandlers.find(h => h.id === handlerID);
        if (!found) { return; }
        this.#handlerMap.set(event, this.#handlerMap.get(event).filter(h => h.id !== handlerID));
      }
      
      getBackpressureWaiters() { return this.#backpressureWaiters; }
      addBackpressureWaiter() { this.#backpressureWaiters++; }
      removeBackpressureWaiter() {
        this.#backpressureWaiters--;
        if (this.#backpressureWaiters < 0) {
          throw new Error("unexepctedly negative number of backpressure waiters");
        }
      }
      
      // The per-slice mutual-exclusion lock for guest execution in this
      // component instance. Guest slices (callback invocations and
      // sync-lifted bodies) must be atomic per component even across the
      // JSPI suspensions jco introduces for host imports: wit-bindgen's
      // executors publish per-task state in single linear-memory cells
      // (the wasip3-task pointer, context-local storage discipline) that
      // an interleaved slice of the same component corrupts
      //
      // The lock is *owned*: acquisition records the holder task and
      // release is a no-op for anyone else, so a task exiting can no
      // longer drop a hold it does not own (blind acquire/release-any
      // was the previous discipline). Contended acquisition queues
      // FIFO; release hands the lock to the next waiter directly.
      isExclusivelyLocked() { return this.#lockHolderTaskID !== null; }
      exclusivelyLockedBy(taskID) { return this.#lockHolderTaskID === taskID; }
      
      exclusiveLock(taskID) {
        _debugLog('[ComponentAsyncState#exclusiveLock()]', {
          holder: this.#lockHolderTaskID,
          requester: taskID,
          componentIdx: this.#componentIdx,
        });
        if (taskID === undefined || taskID === null) {
          throw new Error('exclusive lock requires the acquiring task id');
        }
        if (this.#lockHolderTaskID !== null) {
          throw new Error(`component [${this.#componentIdx}] exclusive lock held by task [${this.#lockHolderTaskID}], requested by [${taskID}]`);
        }
        this.#lockHolderTaskID = taskID;
      }
      
      // Awaitable acquisition: takes the lock immediately when free,
      // otherwise queues FIFO behind the current holder and earlier
      // waiters. The resolved promise implies ownership.
      acquireExclusiveLock(taskID) {
        if (taskID === undefined || taskID === null) {
          throw new Error('exclusive lock requires the acquiring task id');
        }
        if (this.#lockHolderTaskID === null) {
          this.#lockHolderTaskID = taskID;
          _debugLog('[ComponentAsyncState#acquireExclusiveLock()] acquired', {
            holder: taskID,
            componentIdx: this.#componentIdx,
          });
          return;
        }
        if (this.#lockHolderTaskID === taskID) {
          throw new Error(`task [${taskID}] already holds the lock for component [${this.#componentIdx}]`);
        }
        _debugLog('[ComponentAsyncState#acquireExclusiveLock()] waiting', {
          holder: this.#lockHolderTaskID,
          requester: taskID,
          componentIdx: this.#componentIdx,
          queued: this.#lockWaiters.length,
        });
        return new Promise((resolve) => {
          this.#lockWaiters.push({ taskID, resolve });
        });
      }
      
      exclusiveRelease(taskID) {
        _debugLog('[ComponentAsyncState#exclusiveRelease()] args', {
          holder: this.#lockHolderTaskID,
          releaser: taskID,
          componentIdx: this.#componentIdx,
        });
        if (this.#lockHolderTaskID !== taskID) {
          // Ownerless releases were the historical behavior; a foreign
          // release now leaves the hold intact
          _debugLog('[ComponentAsyncState#exclusiveRelease()] ignoring foreign release', {
            holder: this.#lockHolderTaskID,
            releaser: taskID,
            componentIdx: this.#componentIdx,
          });
          return false;
        }
        
        // Make the release observable before handing the lock to the next
        // asynchronous guest slice.
        //
        // Release handlers may expose a lifted value whose consumer immediately
        // performs a synchronous call on the same component; that call must run
        // while the instance is genuinely unlocked, not via enterSync's
        // lock-free fallback code.
        this.#lockHolderTaskID = null;
        
        this.#onExclusiveReleaseHandlers = this.#onExclusiveReleaseHandlers.filter(v => !!v);
        for (const [idx, f] of this.#onExclusiveReleaseHandlers.entries()) {
          try {
            this.#onExclusiveReleaseHandlers[idx] = null;
            f();
          } catch (err) {
            _debugLog("error while executing handler for next exclusive release", err);
            throw err;
          }
        }
        this.#scheduleLockHandoff();
        return true;
      }
      
      #scheduleLockHandoff() {
        if (this.#lockHandoffScheduled || this.#lockWaiters.length === 0) { return; }
        this.#lockHandoffScheduled = true;
        queueMicrotask(() => {
          this.#lockHandoffScheduled = false;
          // A synchronous call triggered by a release handler gets the
          // first opportunity to use the unlocked component.
          //
          // Its release will leave this queued handoff in place.
          if (this.#lockHolderTaskID !== null) {
            this.#scheduleLockHandoff();
            return;
          }
          const next = this.#lockWaiters.shift();
          if (!next) { return; }
          this.#lockHolderTaskID = next.taskID;
          next.resolve();
        });
      }
      
      onNextExclusiveRelease(fn) {
        _debugLog('[ComponentAsyncState#()onNextExclusiveRelease] registering');
        this.#onExclusiveReleaseHandlers.push(fn);
      }
      
      async waitForExclusiveRelease() {
        while (this.isExclusivelyLocked()) {
          await new Promise(resolve => this.onNextExclusiveRelease(resolve));
        }
      }
      
      #getSuspendedTaskMeta(taskID) {
        return this.#suspendedTasksByTaskID.get(taskID);
      }
      
      #removeSuspendedTaskMeta(taskID) {
        _debugLog('[ComponentAsyncState#removeSuspendedTaskMeta()] removing suspended task', {
          taskID,
          componentIdx: this.#componentIdx,
        });
        const idx = this.#suspendedTaskIDs.findIndex(t => t === taskID);
        const meta = this.#suspendedTasksByTaskID.get(taskID);
        this.#suspendedTaskIDs[idx] = null;
        this.#suspendedTasksByTaskID.delete(taskID);
        return meta;
      }
      
      #addSuspendedTaskMeta(meta) {
        if (!meta) { throw new Error('missing task meta'); }
        const taskID = meta.taskID;
        this.#suspendedTasksByTaskID.set(taskID, meta);
        this.#suspendedTaskIDs.push(taskID);
        if (this.#suspendedTasksByTaskID.size < this.#suspendedTaskIDs.length - 10) {
          this.#suspendedTaskIDs = this.#suspendedTaskIDs.filter(t => t !== null);
        }
      }
      
      // TODO(threads): readyFn is normally on the thread
      suspendTask(args) {
        const { task, readyFn, cancellable, onResume } = args;
        const taskID = task.id();
        const componentIdx = task.componentIdx();
        _debugLog('[ComponentAsyncState#suspendTask()]', {
          taskID,
          componentIdx: this.#componentIdx,
          taskEntryFnName: task.entryFnName(),
          subtask: task.getParentSubtask(),
        });
        
        if (componentIdx !== this.#componentIdx) {
          throw new Error('assert: task component idx should match async state');
        }
        
        if (this.#getSuspendedTaskMeta(taskID)) {
          throw new Error(`task [${taskID}] already suspended`);
        }
        
        let promise;
        let resume;
        if (onResume) {
          resume = () => onResume(!task.isCancelled());
        } else {
          const resolvers = promiseWithResolvers();
          promise = resolvers.promise;
          resume = () => resolvers.resolve(!task.isCancelled());
        }
        this.#addSuspendedTaskMeta({
          task,
          taskID,
          cancellable,
          readyFn,
          resume: () => {
            _debugLog('[ComponentAsyncState] resuming suspended task', {
              taskID,
              componentIdx: this.#componentIdx,
            });
            // TODO(threads): it's thread cancellation we should be checking for below, not task
            resume();
          },
        });
        
        // A caller synchronously driving one task quantum (for
        // example, subtask.cancel) waits for the resumed task to
        // either resolve or suspend again.
        task.notifyProgress();
        
        this.runTickLoop();
        _checkForDeadlock();
        
        return promise;
      }
      
      resumeTaskByID(taskID) {
        const meta = this.#removeSuspendedTaskMeta(taskID);
        if (!meta) { return false; }
        if (meta.taskID !== taskID) { throw new Error('task ID does not match'); }
        meta.resume();
        return true;
      }
      
      suspendedTaskReady(taskID) {
        const meta = this.#getSuspendedTaskMeta(taskID);
        if (!meta) { return false; }
        if (!meta.readyFn) {
          throw new Error(`suspended task [${taskID}] is missing a readiness function`);
        }
        return meta.task.isRejected() || meta.readyFn();
      }
      
      suspendedTaskCancellable(taskID) {
        return !!this.#getSuspendedTaskMeta(taskID)?.cancellable;
      }
      
      isTaskSuspended(taskID) {
        return this.#suspendedTasksByTaskID.has(taskID);
      }
      
      suspendedTaskMetas() {
        return this.#suspendedTasksByTaskID.values();
      }
      
      addPendingTaskStart() { this.#pendingTaskStarts++; }
      removePendingTaskStart() { this.#pendingTaskStarts--; }
      
      hasPendingSchedulerWork() {
        if (this.#pendingTaskStarts > 0) { return true; }
        if (this.#lockHandoffScheduled) { return true; }
        for (const meta of this.#suspendedTasksByTaskID.values()) {
          if (meta.task.isRejected() || meta.readyFn()) { return true; }
        }
        return false;
      }
      
      async runTickLoop() {
        if (this.#tickLoop !== null) { return; }
        this.#tickLoop = 1;
        setTimeout(async () => {
          let result = this.tick();
          while (result !== ComponentAsyncState.TickResult.DONE) {
            if (result === ComponentAsyncState.TickResult.IDLE) {
              _checkForDeadlock();
            }
            // After resuming a task, re-tick as soon as the resumed
            // slice's microtask continuations have drained (timeout 0)
            // so queued sibling resumptions aren't charged the idle
            // polling interval; otherwise poll at the idle cadence.
            const delay = result === ComponentAsyncState.TickResult.RESUMED ? 0 : 10;
            await new Promise((resolve) => setTimeout(resolve, delay));
            result = this.tick();
          }
          this.#tickLoop = null;
        }, 10);
      }
      
      tick() {
        // _debugLog('[ComponentAsyncState#tick()]', { suspendedTaskIDs: this.#suspendedTaskIDs });
        
        const resumableTasks = this.#suspendedTaskIDs.filter(t => t !== null);
        for (const taskID of resumableTasks) {
          const meta = this.#suspendedTasksByTaskID.get(taskID);
          if (!meta || !meta.readyFn) {
            throw new Error(`missing/invalid task despite ID [${taskID}] being present`);
          }
          
          // If the task failed via any means, allow the task to resume because
          // it's been cancelled -- the callback should immediately exit as well
          if (meta.task.isRejected()) {
            _debugLog('[ComponentAsyncState#tick()] detected task rejection, leaving early', { meta });
            this.resumeTaskByID(taskID);
            return ComponentAsyncState.TickResult.RESUMED;
          }
          
          const isReady = meta.readyFn();
          if (!isReady) { continue; }
          
          _debugLog('[ComponentAsyncState#tick()] resuming task via tick', {
            taskID,
            componentIdx: this.#componentIdx,
          });
          this.resumeTaskByID(taskID);
          
          // NOTE: during single-flight resumption, we should resume at most one task per
          // tick so that the resumed slice (a microtask continuation)
          // runs -- and its current-task register window opens and
          // closes -- before any sibling task of this component is
          // resumed.
          //
          // Resuming multiple suspended tasks in one synchronous
          // cascade interleaves their register save/restore windows
          // ([restoreA, restoreB, resumeA, resumeB]), re-entering wasm
          // with the register naming the wrong task, and the
          // 'known residual' of the JSPI current-task register
          // fix); with concurrent task lifetimes per component this
          // corrupts guest context-local storage.
          return ComponentAsyncState.TickResult.RESUMED;
        }
        
        const idle = this.#suspendedTaskIDs.filter(t => t !== null).length > 0;
        return idle
        ? ComponentAsyncState.TickResult.IDLE
        : ComponentAsyncState.TickResult.DONE;
      }
      
      createWaitable(args) {
        return new Waitable({ target: args?.target, });
      }
    }
    
    function getOrCreateAsyncState(componentIdx, init) {
      if (!ASYNC_STATE.has(componentIdx)) {
        const newState = new ComponentAsyncState({ componentIdx });
        ASYNC_STATE.set(componentIdx, newState);
      }
      return ASYNC_STATE.get(componentIdx);
    }
    const GLOBAL_COMPONENT_MEMORY_MAP = new Map();
    
    function lookupMemoriesForComponent(args) {
      const { componentIdx } = args ?? {};
      if (args.componentIdx === undefined) { throw new TypeError("missing component idx"); }
      
      const metas = GLOBAL_COMPONENT_MEMORY_MAP.get(componentIdx);
      if (!metas) { return []; }
      
      if (args.memoryIdx === undefined) {
        return Object.values(metas);
      }
      
      const meta = metas[args.memoryIdx];
      return meta?.memory;
    }
    
    class AsyncSubtask {
      static _ID = 0n;
      
      static State = {
        STARTING: 0,
        STARTED: 1,
        RETURNED: 2,
        CANCELLED_BEFORE_STARTED: 3,
        CANCELLED_BEFORE_RETURNED: 4,
      };
      
      #id;
      #state = AsyncSubtask.State.STARTING;
      #componentIdx;
      
      #parentTask;
      #childTask = null;
      
      #dropped = false;
      #cancelRequested = false;
      
      #memoryIdx = null;
      #lenders = null;
      
      #waitable = null;
      
      #callbackFn = null;
      #callbackFnName = null;
      
      #postReturnFn = null;
      #onProgressFn = null;
      #pendingEventFn = null;
      
      #callMetadata = {};
      
      #resolved = false;
      
      #onResolveHandlers = [];
      #onStartHandlers = [];
      
      #result = null;
      #resultSet = false;
      
      fnName;
      target;
      isAsync;
      isManualAsync;
      // One execution slice awaited by the conditional cancel trampoline.
      cancelProgress = null;
      
      constructor(args) {
        if (typeof args.componentIdx !== 'number') {
          throw new Error('invalid componentIdx for subtask creation');
        }
        this.#componentIdx = args.componentIdx;
        
        this.#id = ++AsyncSubtask._ID;
        this.fnName = args.fnName;
        
        if (!args.parentTask) { throw new Error('missing parent task during subtask creation'); }
        this.#parentTask = args.parentTask;
        
        if (args.childTask) { this.#childTask = args.childTask; }
        
        if (args.memoryIdx) { this.#memoryIdx = args.memoryIdx; }
        
        if (!args.waitable) { throw new Error("missing/invalid waitable"); }
        this.#waitable = args.waitable;
        
        if (args.callMetadata) { this.#callMetadata = args.callMetadata; }
        
        this.#lenders = [];
        this.target = args.target;
        this.isAsync = args.isAsync;
        this.isManualAsync = args.isManualAsync;
      }
      
      id() { return this.#id; }
      parentTaskID() { return this.#parentTask?.id(); }
      childTaskID() { return this.#childTask?.id(); }
      state() { return this.#state; }
      
      waitable() { return this.#waitable; }
      waitableRep() { return this.#waitable.idx(); }
      
      join() { return this.#waitable.join(...arguments); }
      getPendingEvent() { return this.#waitable.getPendingEvent(...arguments); }
      hasPendingEvent() { return this.#waitable.hasPendingEvent(...arguments); }
      setPendingEvent() { return this.#waitable.setPendingEvent(...arguments); }
      
      setTarget(tgt) { this.target = tgt; }
      
      getResult() {
        if (!this.#resultSet) { throw new Error("subtask result has not been set") }
        return this.#result;
      }
      setResult(v) {
        if (this.#resultSet) { throw new Error("subtask result has already been set"); }
        this.#result = v;
        this.#resultSet = true;
      }
      
      componentIdx() { return this.#componentIdx; }
      
      setChildTask(t) {
        if (!t) { throw new Error('cannot set missing/invalid child task on subtask'); }
        if (this.#childTask) { throw new Error('child task is already set on subtask'); }
        if (this.#parentTask === t) { throw new Error("parent cannot be child"); }
        this.#childTask = t;
      }
      getChildTask(t) { return this.#childTask; }
      
      getParentTask() { return this.#parentTask; }
      
      setCallbackFn(f, name) {
        if (!f) { return; }
        if (this.#callbackFn) { throw new Error('callback fn can only be set once'); }
        this.#callbackFn = f;
        this.#callbackFnName = name;
      }
      
      getCallbackFnName() {
        if (!this.#callbackFn) { return undefined; }
        return this.#callbackFn.name;
      }
      
      setPostReturnFn(f) {
        if (!f) { return; }
        if (this.#postReturnFn) { throw new Error('postReturn fn can only be set once'); }
        this.#postReturnFn = f;
      }
      
      setOnProgressFn(f) {
        if (this.#onProgressFn) { throw new Error('on progress fn can only be set once'); }
        this.#onProgressFn = f;
      }
      
      isNotStarted() {
        return this.#state == AsyncSubtask.State.STARTING;
      }
      
      cancellationRequested() { return this.#cancelRequested; }
      
      // Request cooperative cancellation of this subtask, on behalf of the
      // supertask (i.e. `canon subtask.cancel`).
      //
      // If the callee is another guest task, the request is delivered to it and
      // the callee confirms via `task.cancel` (or still resolves via `task.return`).
      //
      // If the callee is a host function there is (currently) no host-side
      // cancellation hook, so the pending call is treated as immediately
      // cancelled -- consistent with hosts being expected to resolve
      // cancellation promptly -- and any later host resolution is discarded
      // (see `AsyncTask#onResolve`).
      requestCancellation() {
        _debugLog('[AsyncSubtask#requestCancellation()] args', {
          componentIdx: this.#componentIdx,
          subtaskID: this.#id,
          state: this.#state,
          childTaskID: this.childTaskID(),
          fnName: this.fnName,
        });
        if (this.#cancelRequested) {
          throw new Error('cancellation has already been requested for this subtask');
        }
        this.#cancelRequested = true;
        
        if (this.#resolved) { return; }
        
        if (this.#childTask) {
          this.#childTask.requestCancellation();
          return;
        }
        
        this.onResolve(null);
      }
      
      registerOnStartHandler(f) {
        this.#onStartHandlers.push(f);
      }
      
      onStart(args) {
        _debugLog('[AsyncSubtask#onStart()] args', {
          componentIdx: this.#componentIdx,
          subtaskID: this.#id,
          parentTaskID: this.parentTaskID(),
          fnName: this.fnName,
          args,
        });
        
        if (this.#onProgressFn) { this.#onProgressFn(); }
        
        // Starting a nested operation is a task execution boundary.
        // In particular, a cancellation handler may synchronously
        // enter an import which then suspends in the host.  Wake a
        // supertask that is driving one cancellation slice so an
        // async `subtask.cancel` can report BLOCKED without waiting
        // for that nested operation to finish.
        this.#parentTask.notifyProgress();
        
        this.#state = AsyncSubtask.State.STARTED;
        
        let result;
        
        // If we have been provided a helper start function as a result of
        // component fusion performed by wasmtime tooling, then we can call that helper and lifts/lowers will
        // be performed for us.
        //
        // See also documentation on `HostIntrinsic::PrepareCall`
        //
        if (this.#callMetadata.startFn) {
          result = this.#callMetadata.startFn.apply(null, args?.startFnParams ?? []);
        }
        
        return result;
      }
      
      
      registerOnResolveHandler(f) {
        this.#onResolveHandlers.push(f);
      }
      
      reject(subtaskErr) {
        if (this.#resolved) { return; }
        
        if (this.#onProgressFn) { this.#onProgressFn(); }
        
        if (this.#state === AsyncSubtask.State.STARTING) {
          this.#state = AsyncSubtask.State.CANCELLED_BEFORE_STARTED;
        } else if (this.#state === AsyncSubtask.State.STARTED) {
          this.#state = AsyncSubtask.State.CANCELLED_BEFORE_RETURNED;
        } else {
          throw new Error('cannot reject a completed subtask');
        }
        
        this.#resolved = true;
        this.#parentTask.removeSubtask(this);
        this.#parentTask.reject(subtaskErr);
      }
      
      onResolve(subtaskValue) {
        _debugLog('[AsyncSubtask#onResolve()] args', {
          componentIdx: this.#componentIdx,
          subtaskID: this.#id,
          isAsync: this.isAsync,
          childTaskID: this.childTaskID(),
          parentTaskID: this.parentTaskID(),
          parentTaskFnName: this.#parentTask?.entryFnName(),
          fnName: this.fnName,
        });
        
        if (this.#resolved) {
          throw new Error('subtask has already been resolved');
        }
        
        if (this.#onProgressFn) { this.#onProgressFn(); }
        
        if (subtaskValue === null && this.#cancelRequested) {
          if (this.#state === AsyncSubtask.State.STARTING) {
            this.#state = AsyncSubtask.State.CANCELLED_BEFORE_STARTED;
          } else {
            if (this.#state !== AsyncSubtask.State.STARTED) {
              throw new Error('resolved subtask must have been started before cancellation');
            }
            this.#state = AsyncSubtask.State.CANCELLED_BEFORE_RETURNED;
          }
        } else {
          if (this.#state !== AsyncSubtask.State.STARTED) {
            throw new Error('resolved subtask must have been started before completion');
          }
          this.#state = AsyncSubtask.State.RETURNED;
        }
        
        this.setResult(subtaskValue);
        
        for (const f of this.#onResolveHandlers) {
          try {
            f(subtaskValue);
          } catch (err) {
            console.error("error during subtask resolve handler", err);
            throw err;
          }
        }
        
        const callMetadata = this.getCallMetadata();
        
        // TODO(fix): we should be able to easily have the caller's meomry
        // to lower into here, but it's not present in PrepareCall
        const memory = callMetadata.memory ?? this.#parentTask?.getReturnMemory() ?? lookupMemoriesForComponent({ componentIdx: this.#parentTask?.componentIdx() })[0];
        // NOTE: cancelled resolutions carry no value, so nothing is lowered
        const returned = this.#state === AsyncSubtask.State.RETURNED;
        if (returned && callMetadata && !callMetadata.returnFn && (this.isAsync || callMetadata.funcTypeIsAsync) && callMetadata.resultPtr && memory) {
          const { resultPtr, realloc } = callMetadata;
          const lowers = callMetadata.lowers; // may have been updated in task.return of the child
          if (lowers && lowers.length > 0) {
            lowers[0]({
              componentIdx: this.#componentIdx,
              memory,
              realloc,
              vals: [subtaskValue],
              storagePtr: resultPtr,
              stringEncoding: callMetadata.stringEncoding,
            });
          }
        }
        
        this.#resolved = true;
        this.#parentTask.removeSubtask(this);
        
        if (!this.isAsync) {
          this.deliverResolve();
          const rep = this.waitableRep();
          if (rep) {
            try {
              const removed = this.#getComponentState().handles.remove(rep);
              if (removed !== this) {
                throw new Error("unexpectedly received non-self Subtask from handle removal");
              }
              this.drop();
            } catch (err) {
              _debugLog('[AsyncSubtask#onResolve()] failed to remove subtask after sync subtask completion', err);
            }
          }
        }
      }
      
      getStateNumber() { return this.#state; }
      isReturned() { return this.#state === AsyncSubtask.State.RETURNED; }
      
      getCallMetadata() { return this.#callMetadata; }
      
      isResolved() {
        if (this.#state === AsyncSubtask.State.STARTING
        || this.#state === AsyncSubtask.State.STARTED) {
          return false;
        }
        if (this.#state === AsyncSubtask.State.RETURNED
        || this.#state === AsyncSubtask.State.CANCELLED_BEFORE_STARTED
        || this.#state === AsyncSubtask.State.CANCELLED_BEFORE_RETURNED) {
          return true;
        }
        throw new Error('unrecognized internal Subtask state [' + this.#state + ']');
      }
      
      addLender(handle) {
        _debugLog('[AsyncSubtask#addLender()] args', { handle });
        if (!Number.isNumber(handle)) { throw new Error('missing/invalid lender handle [' + handle + ']'); }
        
        if (this.#lenders.length === 0 || this.isResolved()) {
          throw new Error('subtask has no lendors or has already been resolved');
        }
        
        handle.lends++;
        this.#lenders.push(handle);
      }
      
      deliverResolve() {
        _debugLog('[AsyncSubtask#deliverResolve()] args', {
          lenders: this.#lenders,
          parentTaskID: this.parentTaskID(),
          subtaskID: this.#id,
          childTaskID: this.childTaskID(),
          resolved: this.isResolved(),
          resolveDelivered: this.resolveDelivered(),
        });
        
        const cannotDeliverResolve = this.resolveDelivered() || !this.isResolved();
        if (cannotDeliverResolve) {
          throw new Error('subtask cannot deliver resolution twice, and the subtask must be resolved');
        }
        
        for (const lender of this.#lenders) {
          lender.lends--;
        }
        
        this.#lenders = null;
      }
      
      resolveDelivered() {
        _debugLog('[AsyncSubtask#resolveDelivered()] args', { });
        if (this.#lenders === null && !this.isResolved()) {
          throw new Error('invalid subtask state, lenders missing and subtask has not been resolved');
        }
        return this.#lenders === null;
      }
      
      drop() {
        _debugLog('[AsyncSubtask#drop()] args', {
          componentIdx: this.#componentIdx,
          parentTaskID: this.#parentTask?.id(),
          parentTaskFnName: this.#parentTask?.entryFnName(),
          childTaskID: this.#childTask?.id(),
          childTaskFnName: this.#childTask?.entryFnName(),
          subtaskFnName: this.fnName,
        });
        if (!this.#waitable) { throw new Error('missing/invalid inner waitable'); }
        if (!this.resolveDelivered()) {
          throw new Error('cannot drop a subtask which has not yet resolved');
        }
        if (this.#waitable) { this.#waitable.drop() }
        this.#dropped = true;
      }
      
      #getComponentState() {
        const state = getOrCreateAsyncState(this.#componentIdx);
        if (!state) {
          throw new Error('invalid/missing async state for component [' + componentIdx + ']');
        }
        return state;
      }
      
      getWaitableHandleIdx() {
        _debugLog('[AsyncSubtask#getWaitableHandleIdx()] args', { });
        if (!this.#waitable) { throw new Error('missing/invalid waitable'); }
        return this.waitableRep();
      }
    }
    
    class FutureValue {
      #start;
      #settled;
      #hideThen = 0;
      #thenFn;
      
      constructor(start) {
        if (typeof start !== 'function') {
          throw new TypeError('future start operation must be a function');
        }
        this.#start = start;
        this.#thenFn = this.#then.bind(this);
      }
      
      get then() {
        return this.#hideThen === 0 ? this.#thenFn : undefined;
      }
      
      #read() {
        if (!this.#settled) {
          // The start operation resolves to a non-thenable box so a
          // future-valued payload cannot be assimilated by this Promise.
          this.#settled = Promise.resolve().then(this.#start);
        }
        return this.#settled;
      }
      
      resolveAsValue(resolve) {
        this.#hideThen++;
        try {
          resolve(this);
        } finally {
          this.#hideThen--;
        }
      }
      
      #deliver(resolve, value) {
        if (value instanceof FutureValue) {
          // Promise resolution reads `then` synchronously. Hide it only
          // for that lookup so resolving this layer yields the inner
          // FutureValue instead of recursively awaiting it.
          value.resolveAsValue(resolve);
          return;
        }
        resolve(value);
      }
      
      #then(resolve, reject) {
        return this.#read().then(
        box => this.#deliver(resolve, box.value),
        reject,
        );
      }
    }
    const ASYNC_DETERMINISM = 'random';
    const _coinFlip = () => { return Math.random() > 0.5; };
    
    const ASYNC_EVENT_CODE = {
      NONE: 0,
      SUBTASK: 1,
      STREAM_READ: 2,
      STREAM_WRITE: 3,
      FUTURE_READ: 4,
      FUTURE_WRITE: 5,
      TASK_CANCELLED: 6,
    };
    const CURRENT_TASK_META = {};
    
    function _withGlobalCurrentTaskMeta(args) {
      _debugLog('[_withGlobalCurrentTaskMeta()] args', args);
      if (!args) { throw new TypeError('args missing'); }
      if (args.taskID === undefined) { throw new TypeError('missing task ID'); }
      if (args.componentIdx === undefined) { throw new TypeError('missing component idx'); }
      if (!args.fn) { throw new TypeError('missing fn'); }
      const { taskID, componentIdx, fn } = args;
      const previous = CURRENT_TASK_META[componentIdx] ?? null;
      const previousCurrent = CURRENT_TASK_META.current ?? null;
      
      try {
        CURRENT_TASK_META.current =
        CURRENT_TASK_META[componentIdx] = { taskID, componentIdx };
        return fn();
      } catch (err) {
        _debugLog("error while executing sync callee/callback", {
          ...args,
          err,
        });
        throw err;
      } finally {
        // Synchronous wrappers can nest without any intervening JS
        // scheduling. Restore the caller rather than clearing it so
        // helper core exports (for example fused return adapters) can
        // temporarily run under a different task of the same component.
        CURRENT_TASK_META[componentIdx] = previous;
        CURRENT_TASK_META.current = previousCurrent;
      }
    }
    
    async function _withGlobalCurrentTaskMetaAsync(args) {
      _debugLog('[_withGlobalCurrentTaskMetaAsync()] args', args);
      if (!args) { throw new TypeError('args missing'); }
      if (args.taskID === undefined) { throw new TypeError('missing task ID'); }
      if (args.componentIdx === undefined) { throw new TypeError('missing component idx'); }
      if (!args.fn) { throw new TypeError('missing fn'); }
      
      const { taskID, componentIdx, fn } = args;
      
      try {
        CURRENT_TASK_META.current =
        CURRENT_TASK_META[componentIdx] = { taskID, componentIdx };
        return await fn();
      } catch (err) {
        _debugLog("error while executing async callee/callback", {
          ...args,
          err,
        });
        throw err;
      } finally {
        CURRENT_TASK_META[componentIdx] = null;
        if (CURRENT_TASK_META.current?.taskID === taskID) {
          CURRENT_TASK_META.current = null;
        }
      }
    }
    
    class AsyncTask {
      static _ID = 0n;
      
      static State = {
        INITIAL: 'initial',
        CANCELLED: 'cancelled',
        CANCEL_PENDING: 'cancel-pending',
        CANCEL_DELIVERED: 'cancel-delivered',
        RESOLVED: 'resolved',
      }
      
      static BlockResult = {
        CANCELLED: 'block.cancelled',
        NOT_CANCELLED: 'block.not-cancelled',
      }
      
      #id;
      #componentIdx;
      #state;
      #isAsync;
      #isManualAsync;
      #callingWasmExport = true;
      #lockFreeEntry = false;
      #preserveFutureResult;
      #entryFnName = null;
      
      #onResolveHandlers = [];
      #progressWaiters = [];
      #completionPromise = null;
      #completionValue;
      #completionReady = false;
      #settleCompletionPromise;
      #rejected = false;
      
      #exitPromise = null;
      #onExitHandlers = [];
      
      #memoryIdx = null;
      #memory = null;
      
      #callbackFn = null;
      #callbackFnName = null;
      
      #postReturnFn = null;
      
      #getCalleeParamsFn = null;
      #calleeIsAsync = null;
      
      #stringEncoding = null;
      
      #parentSubtask = null;
      
      #errHandling;
      
      #backpressurePromise;
      #backpressureWaiters = 0n;
      
      #returnLowerFns = null;
      
      #resourceScopeId;
      #resourceBorrowCount = 0;
      #resourceLenders = [];
      #resourceScopeExited = false;
      
      #subtasks = [];
      
      #entered = false;
      #exited = false;
      #errored = null;
      
      cancelled = false;
      cancelRequested = false;
      alwaysTaskReturn = false;
      
      returnCalls =  0;
      storage = [0, 0];
      tmpRetI64HighBits = 0|0;
      
      constructor(opts) {
        this.#id = ++AsyncTask._ID;
        this.#resourceScopeId = ++RESOURCE_SCOPE_ID;
        RESOURCE_SCOPE_TASKS.set(this.#resourceScopeId, this);
        
        if (opts?.componentIdx === undefined) {
          throw new TypeError('missing component id during task creation');
        }
        this.#componentIdx = opts.componentIdx;
        
        this.#state = AsyncTask.State.INITIAL;
        this.#isAsync = opts?.isAsync ?? false;
        this.#isManualAsync = opts?.isManualAsync ?? false;
        this.#preserveFutureResult = opts?.preserveFutureResult ?? false;
        this.#entryFnName = opts.entryFnName;
        // Tasks that execute guest slices (export calls, fused
        // callees) default to true; import-handler tasks pass false
        // explicitly (they run host code nested inside the caller's
        // already-locked slice).
        this.#callingWasmExport = opts?.callingWasmExport !== false;
        
        const {
          promise: completionPromise,
          resolve: resolveCompletionPromise,
          reject: rejectCompletionPromise,
        } = promiseWithResolvers();
        this.#completionPromise = completionPromise;
        // A nested rejection can reach the root task while its Wasm
        // entrypoint is still suspended, before the export wrapper awaits
        // this promise. Mark it handled immediately while preserving the
        // original rejected promise for the eventual caller.
        completionPromise.catch(() => {});
        
        let completionSettled = false;
        const settleCompletionPromise = () => {
          if (completionSettled || !this.#completionReady) { return; }
          completionSettled = true;
          if (this.#errored !== null) {
            rejectCompletionPromise(this.#errored);
          } else if (this.#rejected) {
            rejectCompletionPromise(this.#completionValue);
          } else if (
          this.#preserveFutureResult
          && this.#completionValue instanceof FutureValue
          ) {
            this.#completionValue.resolveAsValue(resolveCompletionPromise);
          } else {
            resolveCompletionPromise(this.#completionValue);
          }
        };
        
        this.#settleCompletionPromise = settleCompletionPromise;
        this.#onResolveHandlers.push((results) => {
          if (this.#parentSubtask !== null) { return; }
          if (!this.#isAsync && !this.#isManualAsync) { return; }
          this.#completionValue = results;
          this.#completionReady = true;
          // Publish after the current guest slice returns, so a trap
          // in that slice can still reject the call. Do not wait for
          // task exit: detached work may require further host calls
          // or consumption of a returned resource's stream.
        });
        
        const {
          promise: exitPromise,
          resolve: resolveExitPromise,
          reject: rejectExitPromise,
        } = promiseWithResolvers();
        this.#exitPromise = exitPromise;
        
        this.#onExitHandlers.push(() => {
          if (this.#parentSubtask === null && (this.#isAsync || this.#isManualAsync)) {
            settleCompletionPromise();
          }
          resolveExitPromise();
        });
        
        if (opts.callbackFn) { this.#callbackFn = opts.callbackFn; }
        if (opts.callbackFnName) { this.#callbackFnName = opts.callbackFnName; }
        
        if (opts.getCalleeParamsFn) { this.#getCalleeParamsFn = opts.getCalleeParamsFn; }
        if (opts.stringEncoding) { this.#stringEncoding = opts.stringEncoding; }
        
        if (opts.parentSubtask) { this.#parentSubtask = opts.parentSubtask; }
        
        
        if (opts.errHandling) { this.#errHandling = opts.errHandling; }
      }
      
      taskState() { return this.#state; }
      id() { return this.#id; }
      componentIdx() { return this.#componentIdx; }
      entryFnName() { return this.#entryFnName; }
      
      resourceScopeId() { return this.#resourceScopeId; }
      
      addBorrowedHandle() {
        if (this.#resourceScopeExited) {
          throw new Error('cannot add a borrow to an exited resource scope');
        }
        this.#resourceBorrowCount++;
      }
      
      removeBorrowedHandle() {
        if (this.#resourceBorrowCount === 0) {
          throw new Error('resource borrow count underflow');
        }
        this.#resourceBorrowCount--;
      }
      
      addResourceLender(table, handle) {
        if (this.#resourceScopeExited) {
          throw new Error('cannot add a lender to an exited resource scope');
        }
        this.#resourceLenders.push({ table, handle });
      }
      
      validateResourceBorrowScope() {
        if (this.#resourceScopeExited) { return; }
        if (this.#resourceBorrowCount !== 0) {
          throw new WebAssemblyRuntimeError('borrow handles still remain at the end of the call');
        }
        for (const { table, handle } of this.#resourceLenders) {
          const idx = handle << 1;
          const lendCount = table[idx];
          if (!Number.isInteger(lendCount) || lendCount <= 0 || lendCount >= 2**30) {
            throw new Error('invalid resource lender state at scope exit');
          }
          table[idx] = lendCount - 1;
        }
        this.#resourceLenders = [];
        this.#resourceScopeExited = true;
        RESOURCE_SCOPE_TASKS.delete(this.#resourceScopeId);
      }
      
      completionPromise() { return this.#completionPromise; }
      settleCompletion() { this.#settleCompletionPromise(); }
      exitPromise() { return this.#exitPromise; }
      
      waitForProgress() {
        const { promise, resolve } = promiseWithResolvers();
        this.#progressWaiters.push(resolve);
        return promise;
      }
      
      notifyProgress() {
        const waiters = this.#progressWaiters;
        this.#progressWaiters = [];
        for (const resolve of waiters) { resolve(); }
      }
      
      isAsync() { return this.#isAsync; }
      isManualAsync() { return this.#isManualAsync; }
      isSync() { return !this.isAsync(); }
      
      getErrHandling() { return this.#errHandling; }
      
      hasCallback() { return this.#callbackFn !== null; }
      
      getReturnMemoryIdx() { return this.#memoryIdx; }
      setReturnMemoryIdx(idx) {
        if (idx === null) { return; }
        this.#memoryIdx = idx;
      }
      
      getReturnMemory() { return this.#memory; }
      setReturnMemory(m) {
        if (m === null) { return; }
        this.#memory = m;
      }
      
      setReturnLowerFns(fns) { this.#returnLowerFns = fns; }
      getReturnLowerFns() { return this.#returnLowerFns; }
      
      setCalleeIsAsync(value) {
        if (typeof value !== 'boolean') { throw new TypeError('callee async state must be a boolean'); }
        this.#calleeIsAsync = value;
      }
      
      setParentSubtask(subtask) {
        if (!subtask || !(subtask instanceof AsyncSubtask)) { return }
        if (this.#parentSubtask) { throw new Error('parent subtask can only be set once'); }
        this.#parentSubtask = subtask;
      }
      
      getParentSubtask() { return this.#parentSubtask; }
      
      // TODO(threads): this is very inefficient, we can pass along a root task,
      // and ideally do not need this once thread support is in place
      getRootTask() {
        let currentSubtask = this.getParentSubtask();
        let task = this;
        while (currentSubtask) {
          task = currentSubtask.getParentTask();
          currentSubtask = task.getParentSubtask();
        }
        return task;
      }
      
      setPostReturnFn(f) {
        if (!f) { return; }
        if (this.#postReturnFn) { throw new Error('postReturn fn can only be set once'); }
        this.#postReturnFn = f;
      }
      
      setCallbackFn(f, name) {
        if (!f) { return; }
        if (this.#callbackFn) { throw new Error('callback fn can only be set once'); }
        this.#callbackFn = f;
        this.#callbackFnName = name;
      }
      
      getCallbackFnName() {
        if (!this.#callbackFnName) { return undefined; }
        return this.#callbackFnName;
      }
      
      runCallbackFn(...args) {
        if (!this.#callbackFn) { throw new Error('no callback function has been set for task'); }
        if (this.#callbackFn._jcoMaySuspend === false) {
          return _withGlobalCurrentTaskMeta({
            taskID: this.#id,
            componentIdx: this.#componentIdx,
            fn: () => this.#callbackFn.apply(null, args),
          });
        }
        return _withGlobalCurrentTaskMetaAsync({
          taskID: this.#id,
          componentIdx: this.#componentIdx,
          fn: () => { return this.#callbackFn.apply(null, args); }
        });
      }
      
      getCalleeParams() {
        if (!this.#getCalleeParamsFn) { throw new Error('missing/invalid getCalleeParamsFn'); }
        return this.#getCalleeParamsFn();
      }
      
      // Legacy manually-async exports are sync-typed in the component
      // but use JSPI precisely so their guest stack may suspend.
      mayBlock() { return this.isAsync() || this.isManualAsync() || this.isResolvedState() }
      
      mayEnter(task) {
        const cstate = getOrCreateAsyncState(this.#componentIdx);
        if (cstate.hasBackpressure()) {
          _debugLog('[AsyncTask#mayEnter()] disallowed due to backpressure', { taskID: this.#id });
          return false;
        }
        if (!cstate.callingSyncImport()) {
          _debugLog('[AsyncTask#mayEnter()] disallowed due to sync import call', { taskID: this.#id });
          return false;
        }
        const callingSyncExportWithSyncPending = cstate.callingSyncExport && !task.isAsync;
        if (!callingSyncExportWithSyncPending) {
          _debugLog('[AsyncTask#mayEnter()] disallowed due to sync export w/ sync pending', { taskID: this.#id });
          return false;
        }
        return true;
      }
      
      enterSync() {
        if (this.needsExclusiveLock()) {
          const cstate = getOrCreateAsyncState(this.#componentIdx);
          if (!cstate.isExclusivelyLocked()) {
            cstate.exclusiveLock(this.#id);
          } else {
            // A host-called sync export arriving while another
            // task's slice holds the lock: synchronous entry
            // cannot wait, and historically this entry silently
            // stole the hold. Run without the lock instead --
            // the holder's bookkeeping stays intact and its
            // release still pairs
            this.#lockFreeEntry = true;
            _debugLog('[AsyncTask#enterSync()] entering without exclusive lock', {
              taskID: this.#id,
              componentIdx: this.#componentIdx,
            });
          }
        }
        return true;
      }
      
      tryEnter() {
        if (this.#entered) {
          throw new Error(`task with ID [${this.#id}] should not be entered twice`);
        }
        
        if (this.deliverPendingCancel({ cancellable: true })) {
          this.cancel();
          return false;
        }
        
        const cstate = getOrCreateAsyncState(this.#componentIdx);
        if (this.isSync()) {
          this.#entered = true;
          return true;
        }
        if (cstate.hasBackpressure()) { return null; }
        if (this.needsExclusiveLock()) {
          if (cstate.isExclusivelyLocked()) { return null; }
          cstate.exclusiveLock(this.#id);
        }
        
        if (this.deliverPendingCancel({ cancellable: true })) {
          cstate.exclusiveRelease(this.#id);
          this.cancel();
          return false;
        }
        
        this.#entered = true;
        return true;
      }
      
      async enter(opts) {
        _debugLog('[AsyncTask#enter()] args', {
          taskID: this.#id,
          componentIdx: this.#componentIdx,
          subtaskID: this.getParentSubtask()?.id(),
          args: opts,
          entryFnName: this.#entryFnName,
        });
        
        if (this.#entered) {
          throw new Error(`task with ID [${this.#id}] should not be entered twice`);
        }
        
        // If cancellation was requested before the task was entered, resolve
        // as cancelled without ever running guest code
        if (this.deliverPendingCancel({ cancellable: true })) {
          this.cancel();
          return false;
        }
        
        const cstate = getOrCreateAsyncState(this.#componentIdx);
        
        if (opts?.isHost) {
          this.#entered = true;
          // A guest task may be synchronously blocked in this
          // host entry. Propagate that boundary so an async
          // cancellation driver can yield BLOCKED while the host
          // operation is outstanding.
          const parentTask = this.#parentSubtask?.getParentTask();
          if (
          parentTask?.taskState() === AsyncTask.State.CANCEL_DELIVERED
          || (parentTask && !parentTask.hasCallback())
          ) {
            parentTask.notifyProgress();
          }
          return this.#entered;
        }
        
        // NOTE: concurrent task lifetimes within one component instance are
        // permitted by the Component Model: entry is governed by the
        // backpressure and exclusive-lock checks below (the lock is held per
        // execution slice, not for the task's lifetime).
        //
        // Serializing entire task lifetimes here (the former "execution slot" queue)
        // deadlocks pipelines where a parked long-lived task's progress depends on a
        // later entry into the same component.
        
        // If a task is synchronous then we can avoid component-relevant
        // tracking and immediately enter.
        if (this.isSync()) {
          this.#entered = true;
          
          // TODO(breaking): remove once manually-specifying async fns is removed
          // It is currently possible for an actually sync export to be specified
          // as async via JSPI
          if (this.#isManualAsync) {
            if (this.needsExclusiveLock()) { await cstate.acquireExclusiveLock(this.#id); }
          }
          
          return this.#entered;
        }
        
        // Perform intial backpressure check
        if (cstate.hasBackpressure()) {
          cstate.addBackpressureWaiter();
          
          const result = await this.waitUntil({
            readyFn: () => {
              return !cstate.hasBackpressure();
            },
            cancellable: true,
          });
          
          cstate.removeBackpressureWaiter();
          
          if (!result || this.isCancelled()) {
            if (!this.isResolvedState()) { this.cancel(); }
            return false;
          }
        }
        
        // Acquire the per-slice exclusive lock (FIFO-queued when
        // contended); the first slice runs under this hold and the
        // driver loop releases/re-acquires it per slice thereafter.
        if (this.needsExclusiveLock()) {
          await cstate.acquireExclusiveLock(this.#id);
        }
        
        // Cancellation-before-start may resolve this task while its
        // queued lock acquisition is still pending. Acquiring the lock
        // does not make the already-resolved task runnable again.
        if (this.isResolvedState() || this.isCancelled()) {
          cstate.exclusiveRelease(this.#id);
          return false;
        }
        
        // Cancellation can be requested while entry is waiting for
        // backpressure or its exclusive lock. Do not execute the guest
        // after acquiring a lock for a task that should no longer start.
        if (this.deliverPendingCancel({ cancellable: true })) {
          cstate.exclusiveRelease(this.#id);
          this.cancel();
          return false;
        }
        
        this.#entered = true;
        return this.#entered;
      }
      
      isRunningState() { return this.#state !== AsyncTask.State.RESOLVED; }
      isResolvedState() { return this.#state === AsyncTask.State.RESOLVED; }
      isResolved() { return this.#state === AsyncTask.State.RESOLVED; }
      isExited() { return this.#exited; }
      
      async waitUntil(opts) {
        const { readyFn, cancellable } = opts;
        _debugLog('[AsyncTask#waitUntil()] args', { taskID: this.#id, args: { cancellable } });
        
        // TODO(fix): check for cancel
        // TODO(fix): determinism
        // TODO(threads): add this thread to waiting list
        
        const keepGoing = await this.suspendUntil({
          readyFn,
          cancellable,
        });
        
        return keepGoing;
      }
      
      async yieldUntil(opts) {
        const { readyFn, cancellable } = opts;
        _debugLog('[AsyncTask#yieldUntil()]', {
          taskID: this.#id,
          args: {
            cancellable,
          },
          componentIdx: this.#componentIdx,
        });
        
        // A callback YIELD is an explicit request to let other work run.
        // Unlike waits whose condition is already ready, it must always
        // suspend for at least one scheduler turn.
        const keepGoing = await this.immediateSuspend({ readyFn, cancellable });
        if (keepGoing) {
          return {
            code: ASYNC_EVENT_CODE.NONE,
            payload0: 0,
            payload1: 0,
          };
        }
        
        return {
          code: ASYNC_EVENT_CODE.TASK_CANCELLED,
          payload0: 0,
          payload1: 0,
        };
      }
      
      async suspendUntil(opts) {
        const { cancellable, readyFn } = opts;
        _debugLog('[AsyncTask#suspendUntil()] args', {
          taskID: this.#id,
          args: {
            cancellable,
          },
          componentIdx: this.#componentIdx,
        });
        
        const pendingCancelled = this.deliverPendingCancel({ cancellable });
        if (pendingCancelled) { return false; }
        
        const completed = await this.immediateSuspendUntil({ readyFn, cancellable });
        return completed;
      }
      
      suspendUntilCallback(opts, onResume) {
        const { cancellable, readyFn } = opts;
        if (this.deliverPendingCancel({ cancellable })) {
          onResume(false);
          return;
        }
        
        const cstate = getOrCreateAsyncState(this.#componentIdx);
        cstate.suspendTask({
          task: this,
          cancellable,
          readyFn: () => {
            if (cancellable && this.#state === AsyncTask.State.CANCEL_PENDING) {
              return true;
            }
            return readyFn();
          },
          onResume: (keepGoing) => {
            if (keepGoing && this.deliverPendingCancel({ cancellable })) {
              keepGoing = false;
            }
            onResume(keepGoing);
          },
        });
      }
      
      // TODO(threads): equivalent to thread.suspend_until()
      async immediateSuspendUntil(opts) {
        const { cancellable, readyFn } = opts;
        _debugLog('[AsyncTask#immediateSuspendUntil()] args', {
          args: {
            cancellable,
            readyFn,
          },
          taskID: this.#id,
          componentIdx: this.#componentIdx,
        });
        
        const ready = readyFn();
        if (ready && ASYNC_DETERMINISM === 'random') {
          const coinFlip = _coinFlip();
          if (coinFlip) { return true }
        }
        
        const keepGoing = await this.immediateSuspend({ cancellable, readyFn });
        return keepGoing;
      }
      
      async immediateSuspend(opts) { // NOTE: equivalent to thread.suspend()
      // TODO(threads): store readyFn on the thread
      const { cancellable, readyFn } = opts;
      _debugLog('[AsyncTask#immediateSuspend()] args', { cancellable, readyFn });
      
      const pendingCancelled = this.deliverPendingCancel({ cancellable });
      if (pendingCancelled) { return false; }
      
      const cstate = getOrCreateAsyncState(this.#componentIdx);
      const keepGoing = await cstate.suspendTask({
        task: this,
        cancellable,
        readyFn: () => {
          // A pending cancellation request wakes cancellable waits
          if (cancellable && this.#state === AsyncTask.State.CANCEL_PENDING) {
            return true;
          }
          return readyFn();
        },
      });
      if (keepGoing && this.deliverPendingCancel({ cancellable })) { return false; }
      return keepGoing;
    }
    
    deliverPendingCancel(opts) {
      const { cancellable } = opts;
      _debugLog('[AsyncTask#deliverPendingCancel()]', {
        args: { cancellable },
        taskID: this.#id,
        componentIdx: this.#componentIdx,
      });
      
      if (cancellable && this.#state === AsyncTask.State.CANCEL_PENDING) {
        this.#state = AsyncTask.State.CANCEL_DELIVERED;
        return true;
      }
      
      return false;
    }
    
    isCancelled() { return this.cancelled }
    cancellationRequested() { return this.cancelRequested; }
    
    // Request cooperative cancellation of this task, called on behalf of a
    // supertask performing `subtask.cancel` on the subtask this task backs.
    //
    // The request is delivered at this task's next cancellable wait
    // (see suspendUntil/immediateSuspend), at which point the task is
    // expected to acknowledge via `task.cancel` or still resolve via
    // `task.return`.
    requestCancellation() {
      _debugLog('[AsyncTask#requestCancellation()] args', {
        taskID: this.#id,
        componentIdx: this.#componentIdx,
        state: this.#state,
      });
      if (this.isResolvedState() || this.cancelRequested) { return; }
      this.cancelRequested = true;
      if (this.#state === AsyncTask.State.INITIAL) {
        this.#state = AsyncTask.State.CANCEL_PENDING;
      }
      // Nudge the component's tick loop so that any suspended cancellable
      // wait observes the pending cancellation promptly
      getOrCreateAsyncState(this.#componentIdx).runTickLoop();
    }
    
    cancel(args) {
      _debugLog('[AsyncTask#cancel()] args', { });
      if (this.taskState() !== AsyncTask.State.CANCEL_DELIVERED) {
        throw new Error(`(component [${this.#componentIdx}]) task [${this.#id}] invalid task state [${this.taskState()}] for cancellation`);
      }
      this.validateResourceBorrowScope();
      this.cancelled = true;
      // Cancelled tasks resolve with no value (spec: `Task.cancel` calls
      // `on_resolve(None)`); an explicit error is only present on the
      // host-driven rejection path (see `reject()`).
      this.onResolve(args?.error ?? null);
      this.#state = AsyncTask.State.RESOLVED;
      // A task cancelled before entry has no driver loop that can
      // report its exit. Entered tasks notify after releasing their
      // component slice in `exit()`.
      if (!this.#entered) { this.notifyProgress(); }
    }
    
    onResolve(taskValue) {
      const handlers = this.#onResolveHandlers;
      this.#onResolveHandlers = [];
      for (const f of handlers) {
        try {
          f(taskValue);
        } catch (err) {
          _debugLog("[AsyncTask#onResolve] error during task resolve handler", err);
          throw err;
        }
      }
      
      // Rejections are control-flow failures, not canonical ABI results.
      // Propagate them through the subtask chain without running return
      // lowering or post-return hooks for a successful result.
      if (this.#rejected) {
        this.#parentSubtask?.reject(taskValue);
        return;
      }
      
      // NOTE: if the parent subtask has already been resolved (e.g. it was
      // cancelled via `subtask.cancel` while this task was still pending),
      // this task's resolution must be discarded rather than delivered.
      const parentSubtaskPending = this.#parentSubtask && !this.#parentSubtask.isResolved();
      const taskReturned = !this.isCancelled();
      
      if (parentSubtaskPending && taskReturned) {
        const meta = this.#parentSubtask.getCallMetadata();
        // Run the rturn fn if it has not already been called -- this *should* have happened in
        // `task.return`, but some paths do not go through task.return (e.g. async lower of sync fn
        // which goes through prepare + async-start-call)
        if (meta.returnFn && !meta.returnFnCalled) {
          _debugLog('[AsyncTask#onResolve()] running returnFn', {
            componentIdx: this.#componentIdx,
            taskID: this.#id,
            subtaskID: this.#parentSubtask.id(),
          });
          const callerTask = this.#parentSubtask.getParentTask();
          _withGlobalCurrentTaskMeta({
            taskID: callerTask.id(),
            componentIdx: callerTask.componentIdx(),
            fn: () => meta.returnFn.apply(null, [taskValue, meta.resultPtr]),
          });
          meta.returnFnCalled = true;
        }
      }
      
      if (this.#postReturnFn && taskReturned) {
        _debugLog('[AsyncTask#onResolve()] running post return ', {
          componentIdx: this.#componentIdx,
          taskID: this.#id,
        });
        try {
          _withGlobalCurrentTaskMeta({
            taskID: this.#id,
            componentIdx: this.#componentIdx,
            fn: () => this.#postReturnFn(taskValue),
          });
        } catch (err) {
          _debugLog("[AsyncTask#onResolve] error during task resolve handler", err);
          throw err;
        }
      }
      
      if (parentSubtaskPending) {
        this.#parentSubtask.onResolve(taskValue);
      }
    }
    
    registerOnResolveHandler(f) {
      this.#onResolveHandlers.push(f);
    }
    
    isRejected() { return this.#rejected; }
    
    isErrored() { return this.#errored; }
    setErrored(err) {
      // Preserve the originating trap when unwinding through
      // additional guest frames produces secondary traps (often
      // an `unreachable` after a call which was expected to trap).
      if (this.#errored === null) { this.#errored = err; }
    }
    
    reject(taskErr) {
      _debugLog('[AsyncTask#reject()] args', {
        componentIdx: this.#componentIdx,
        taskID: this.#id,
        parentSubtask: this.#parentSubtask,
        parentSubtaskID: this.#parentSubtask?.id(),
        entryFnName: this.entryFnName(),
        callbackFnName: this.#callbackFnName,
        errMsg: taskErr.message,
      });
      
      this.setErrored(taskErr);
      if (this.#rejected) { return; }
      
      // A task may call `task.return` before its callback exits.
      // A trap in cleanup or spawned work must still reject the
      // host call and poison the enclosing task chain.
      if (this.isResolvedState()) {
        this.#rejected = true;
        this.#errored = taskErr;
        const parentTask = this.#parentSubtask?.getParentTask();
        if (parentTask) { parentTask.reject(taskErr); }
        return;
      }
      
      this.#rejected = true;
      this.cancelRequested = true;
      this.#state = AsyncTask.State.CANCEL_PENDING;
      const cancelled = this.deliverPendingCancel({ cancellable: true });
      
      // TODO: do cleanup here to reset the machinery so we can run again?
      
      this.cancel({ error: taskErr });
    }
    
    resolve(results) {
      _debugLog('[AsyncTask#resolve()] args', {
        componentIdx: this.#componentIdx,
        taskID: this.#id,
        entryFnName: this.entryFnName(),
        callbackFnName: this.#callbackFnName,
      });
      
      if (this.#state === AsyncTask.State.RESOLVED) {
        throw new Error(`(component [${this.#componentIdx}]) task [${this.#id}]  is already resolved (did you forget to wait for an import?)`);
      }
      
      this.validateResourceBorrowScope();
      
      this.#state = AsyncTask.State.RESOLVED;
      
      switch (results.length) {
        case 0:
        this.onResolve(undefined);
        break;
        case 1:
        this.onResolve(results[0]);
        break;
        default:
        _debugLog('[AsyncTask#resolve()] unexpected number of results', {
          componentIdx: this.#componentIdx,
          results,
          taskID: this.#id,
          subtaskID: this.#parentSubtask?.id(),
          entryFnName: this.#entryFnName,
          callbackFnName: this.#callbackFnName,
        });
        throw new Error('unexpected number of results');
      }
    }
    
    exit(args) {
      _debugLog('[AsyncTask#exit()]', {
        componentIdx: this.#componentIdx,
        taskID: this.#id,
      });
      
      if (this.#exited)  { throw new Error("task has already exited"); }
      
      if (this.#state !== AsyncTask.State.RESOLVED) {
        throw new Error(`(component [${this.#componentIdx}]) task [${this.#id}] exited without resolution`);
      }
      
      this.validateResourceBorrowScope();
      
      const state = getOrCreateAsyncState(this.#componentIdx);
      if (!state) { throw new Error('missing async state for component [' + this.#componentIdx + ']'); }
      
      // Exempt the host from exclusive lock check
      if (this.#componentIdx !== -1 && !args?.skipExclusiveLockCheck && !this.#lockFreeEntry) {
        if (this.needsExclusiveLock() && !state.exclusivelyLockedBy(this.#id)) {
          throw new Error(`task [${this.#id}] exit: component [${this.#componentIdx}] should have been exclusively locked by it`);
        }
      }
      
      // Ownership-checked: releases only this task's own hold (a
      // task exiting while another task's slice holds the lock no
      // longer clears the foreign hold).
      state.exclusiveRelease(this.#id);
      this.notifyProgress();
      
      for (const f of this.#onExitHandlers) {
        try {
          f();
        } catch (err) {
          console.error("error during task exit handler", err);
          throw err;
        }
      }
      
      this.#exited = true;
      clearCurrentTask(this.#componentIdx, this.id());
    }
    
    needsExclusiveLock() {
      // Host (-1) tasks model host-side import handling: there is no
      // guest linear memory or executor state to protect, and host
      // calls from unrelated guest components would contend spuriously.
      if (this.#componentIdx === -1) { return false; }
      // Import-handler tasks (CallInterface) run host code nested
      // inside the calling guest slice, which already holds the
      // lock; only tasks that execute guest slices need it.
      if (!this.#callingWasmExport) { return false; }
      // A sync-lifted callee cannot be reentered until the whole
      // stackful call returns. This is the Component Model's
      // automatic-backpressure rule for async-lowered calls.
      return !this.#isAsync || this.hasCallback() || this.#calleeIsAsync === false;
    }
    
    createSubtask(args) {
      _debugLog('[AsyncTask#createSubtask()] args', args);
      const { componentIdx, childTask, callMetadata, fnName, isAsync, isManualAsync } = args;
      
      const cstate = getOrCreateAsyncState(this.#componentIdx);
      if (!cstate) {
        throw new Error(`invalid/missing async state for component idx [${componentIdx}]`);
      }
      
      const waitable = new Waitable({
        componentIdx: this.#componentIdx,
        target: `subtask (internal ID [${this.#id}])`,
      });
      
      const newSubtask = new AsyncSubtask({
        componentIdx,
        childTask,
        parentTask: this,
        callMetadata,
        isAsync,
        isManualAsync,
        fnName,
        waitable,
      });
      this.#subtasks.push(newSubtask);
      newSubtask.setTarget(`subtask (internal ID [${newSubtask.id()}], waitable [${waitable.idx()}], component [${componentIdx}])`);
      waitable.setIdx(cstate.handles.insert(newSubtask));
      waitable.setTarget(`waitable for subtask (waitable id [${waitable.idx()}], subtask internal ID [${newSubtask.id()}])`);
      return newSubtask;
    }
    
    getLatestSubtask() {
      return this.#subtasks.at(-1);
    }
    
    getSubtaskByWaitableRep(rep) {
      if (rep === undefined) { throw new TypeError('missing rep'); }
      return this.#subtasks.find(s => s.waitableRep() === rep);
    }
    
    currentSubtask() {
      _debugLog('[AsyncTask#currentSubtask()]');
      if (this.#subtasks.length === 0) { return undefined; }
      return this.#subtasks.at(-1);
    }
    
    removeSubtask(subtask) {
      if (this.#subtasks.length === 0) {
        throw new Error('cannot end current subtask: no current subtask');
      }
      this.#subtasks = this.#subtasks.filter(t => t !== subtask);
      return subtask;
    }
  }
  
  function createNewCurrentTask(args) {
    _debugLog('[createNewCurrentTask()] args', args);
    const {
      componentIdx,
      isAsync,
      isManualAsync,
      preserveFutureResult,
      entryFnName,
      parentSubtaskID,
      callbackFnName,
      getCallbackFn,
      getParamsFn,
      stringEncoding,
      errHandling,
      getCalleeParamsFn,
      resultPtr,
      callingWasmExport,
    } = args;
    if (componentIdx === undefined || componentIdx === null) {
      throw new Error('missing/invalid component instance index while starting task');
    }
    let taskMetas = ASYNC_TASKS_BY_COMPONENT_IDX.get(componentIdx);
    const callbackFn = getCallbackFn ? getCallbackFn() : null;
    
    const newTask = new AsyncTask({
      componentIdx,
      isAsync,
      isManualAsync,
      preserveFutureResult,
      entryFnName,
      callbackFn,
      callbackFnName,
      stringEncoding,
      getCalleeParamsFn,
      resultPtr,
      errHandling,
      callingWasmExport,
    });
    
    const newTaskID = newTask.id();
    const newTaskMeta = { id: newTaskID, componentIdx, task: newTask };
    
    // NOTE: do not track host tasks
    ASYNC_CURRENT_TASK_IDS.push(newTaskID);
    ASYNC_CURRENT_COMPONENT_IDXS.push(componentIdx);
    
    if (!taskMetas) {
      taskMetas = [newTaskMeta];
      ASYNC_TASKS_BY_COMPONENT_IDX.set(componentIdx, [newTaskMeta]);
    } else {
      taskMetas.push(newTaskMeta);
    }
    
    return [newTask, newTaskID];
  }
  
  function _checkMayLeave(componentIdx) {
    if (INSTANCE_FLAGS.get(componentIdx)?.value !== 1) {
      throw new WebAssemblyRuntimeError('cannot leave component instance');
    }
  }
  
  function _getGlobalCurrentTaskMeta(componentIdx) {
    const v = componentIdx === undefined || componentIdx === null
    ? CURRENT_TASK_META.current
    : CURRENT_TASK_META[componentIdx];
    if (v === undefined || v === null) {
      return undefined;
    }
    return { ...v };
  }
  
  
  function _setGlobalCurrentTaskMeta(args) {
    if (!args) { throw new TypeError('args missing'); }
    if (args.taskID === undefined) { throw new TypeError('missing task ID'); }
    if (args.componentIdx === undefined) { throw new TypeError('missing component idx'); }
    const { taskID, componentIdx } = args;
    return CURRENT_TASK_META.current =
    CURRENT_TASK_META[componentIdx] = { taskID, componentIdx };
  }
  
  
  async function _clearCurrentTask(args) {
    _debugLog('[_clearCurrentTask()] args', args);
    if (!args) { throw new TypeError('args missing'); }
    if (args.taskID === undefined) { throw new TypeError('missing task ID'); }
    if (args.componentIdx === undefined) { throw new TypeError('missing component idx'); }
    const { taskID, componentIdx } = args;
    
    const meta = CURRENT_TASK_META[componentIdx];
    if (!meta) { throw new Error(`missing current task meta for component idx [${componentIdx}]`); }
    
    if (meta.taskID !== taskID) {
      throw new Error(`task ID [${meta.taskID}] != requested ID [${taskID}]`);
    }
    if (meta.componentIdx !== componentIdx) {
      throw new Error(`component idx [${meta.componentIdx}] != requested idx [${componentIdx}]`);
    }
    
    CURRENT_TASK_META[componentIdx] = null;
    if (CURRENT_TASK_META.current?.taskID === taskID) {
      CURRENT_TASK_META.current = null;
    }
  }
  
  function _lowerImportBackwardsCompat(args) {
    const params = [...arguments].slice(1);
    _debugLog('[_lowerImportBackwardsCompat()] args', { args, params });
    const {
      functionIdx,
      componentIdx,
      isAsync,
      isManualAsync,
      paramLiftFns,
      resultLowerFns,
      hasResultPointer,
      funcTypeIsAsync,
      metadata,
      memoryIdx,
      getMemoryFn,
      getReallocFn,
      importFn,
      stringEncoding,
    } = args;
    
    _checkMayLeave(componentIdx);
    
    let meta = _getGlobalCurrentTaskMeta(componentIdx);
    let createdTask;
    
    // Some components depend on initialization logic (i.e. `_initialize` or some such
    // core wasm export) that is embedded in the component, but is not executed or wizer'd
    // away before the transpiled component is attempted to be used.
    //
    // These components execut their initialization logic *when they are imported* in the
    // transpiled context -- so we may get a call to an export that is lowered without going
    // through `CallWasm` or `CallInterface`.
    //
    if (!meta) {
      if (funcTypeIsAsync || (isAsync && !isManualAsync)) {
        throw new Error('p3 async wasm exports cannot use backwards compat auto-task init');
      }
      
      const [newTask, newTaskID] = createNewCurrentTask({
        componentIdx,
        isAsync,
        isManualAsync,
        callingWasmExport: false,
      });
      createdTask = newTask;
      
      // Since we're managing the task creation ourselves we must clear ourselves
      createdTask.registerOnResolveHandler(() => {
        _clearCurrentTask({
          taskID: task.id(),
          componentIdx: task.componentIdx(),
        });
      });
      
      _setGlobalCurrentTaskMeta({
        componentIdx,
        taskID: newTaskID,
      });
      
      meta = _getGlobalCurrentTaskMeta(componentIdx);
    }
    
    const { taskID } = meta;
    
    const taskMeta = getCurrentTask(componentIdx, taskID);
    if (!taskMeta) {
      throw new Error('invalid/missing async task meta');
    }
    
    const task = taskMeta.task;
    if (!task) { throw new Error('invalid/missing async task'); }
    
    const cstate = getOrCreateAsyncState(componentIdx);
    
    if (!task.mayBlock() && funcTypeIsAsync && !isAsync) {
      throw new Error("non async exports cannot synchronously call async functions");
    }
    
    // If there is an existing task, this should be part of a subtask
    const memory = getMemoryFn();
    // Canonical ABI lower appends result storage as a trailing
    // param when async lower has any flat result, or sync lower
    // has more than one flat result.
    const resultPtr = hasResultPointer ? params[params.length - 1] : undefined;
    const subtask = task.createSubtask({
      componentIdx,
      parentTask: task,
      fnName: importFn.fnName,
      isAsync,
      isManualAsync,
      callMetadata: {
        memoryIdx,
        memory,
        realloc: getReallocFn?.(),
        getReallocFn,
        resultPtr,
        lowers: resultLowerFns,
        funcTypeIsAsync,
        stringEncoding,
      }
    });
    task.setReturnMemoryIdx(memoryIdx);
    task.setReturnMemory(getMemoryFn());
    
    subtask.onStart();
    
    // If dealing with a sync lowered sync function, we can directly return results
    //
    // TODO(breaking): remove once we get rid of manual async import specification,
    // as func types cannot be detected in that case only (and we don't need that w/ p3)
    if (!isManualAsync && !isAsync && !funcTypeIsAsync) {
      if (createdTask) { createdTask.enterSync(); }
      
      const res = importFn(...params);
      
      // TODO(breaking): remove once we get rid of manual async import specification,
      // as func types cannot be detected in that case only (and we don't need that w/ p3)
      if (!funcTypeIsAsync && !subtask.isReturned()) {
        throw new Error('post-execution subtasks must either be async or returned');
      }
      
      const syncRes = subtask.getResult();
      if (createdTask) { createdTask.resolve([syncRes]); }
      
      return syncRes;
    }
    
    // Sync-lowered async functions requires async behavior because the callee *can* block,
    // but this call must *act* synchronously and return immediately with the result
    // (i.e. not returning until the work is done)
    //
    // TODO(breaking): remove checking for manual async specification here, once we can go p3-only
    //
    if (!isManualAsync && !isAsync && funcTypeIsAsync) {
      const { promise, resolve, reject } = promiseWithResolvers();
      queueMicrotask(async () => {
        try {
          await importFn(...params);
          if (!subtask.isResolved()) {
            await task.suspendUntil({ readyFn: () => subtask.isResolved() });
          }
          resolve(subtask.getResult());
        } catch (err) {
          reject(err);
        }
      });
      return promise;
    }
    
    // NOTE: at this point we know that we are working with an async lowered import
    
    const subtaskState = subtask.getStateNumber();
    if (subtaskState < 0 || subtaskState >= 2**4) {
      throw new Error('invalid subtask state, out of valid range');
    }
    
    subtask.setOnProgressFn(() => {
      subtask.setPendingEvent(() => {
        if (subtask.isResolved()) { subtask.deliverResolve(); }
        const event = {
          code: ASYNC_EVENT_CODE.SUBTASK,
          payload0: subtask.waitableRep(),
          payload1: subtask.getStateNumber(),
        }
        return event;
      });
    });
    
    // This is a hack to maintain backwards compatibility with
    // manually-specified async imports, used in wasm exports that are
    // not actually async (but are specified as so).
    //
    // This is not normal p3 sync behavior but instead anticipating that
    // the caller that is doing manual async will be waiting for a promise that
    // resolves to the *actual* result.
    //
    // TODO(breaking): remove once manually specified async is removed
    //
    // There are a few cases:
    // 1. sync function with async types (e.g. `f: func() -> stream<u32>`)
    // 2. async function with async types (e.g. `f: async func() -> stream<u32>`)
    // 3. async function with sync types (e.g. `f: async func() -> list<u32>`)
    // 4. sync function with non-async types (e.g. `f: func() -> list<u32>`)
    //
    // This hack *only* applies to 4 -- the case where an async JS host function
    // is supplied to a Wasm export which does *not* need to do any async abi
    // lifting/lowering (async ABI did not exist when JSPI integratiton was
    // initially merged to enable asynchronously returning values from the host)
    //
    const requiresManualAsyncResult = !isAsync && !funcTypeIsAsync && isManualAsync;
    let manualAsyncResult;
    if (requiresManualAsyncResult) {
      manualAsyncResult = promiseWithResolvers();
    }
    
    queueMicrotask(async () => {
      try {
        _debugLog('[_lowerImportBackwardsCompat()] calling lowered import', { importFn, params });
        if (createdTask) { await createdTask.enter(); }
        
        const asyncRes = await importFn(...params);
        if (requiresManualAsyncResult) {
          manualAsyncResult.resolve(subtask.getResult());
        }
        
        if (createdTask) { createdTask.resolve([asyncRes]); }
        
        
      } catch (err) {
        _debugLog("[_lowerImportBackwardsCompat()] import fn error:", err);
        if (requiresManualAsyncResult) {
          manualAsyncResult.reject(err);
          return;
        }
        task.setErrored(err);
        task.reject(err);
      }
    });
    
    if (requiresManualAsyncResult) { return manualAsyncResult.promise; }
    
    _debugLog('[_lowerImportBackwardsCompat()] async-lowered import return', {
      fnName: importFn.fnName,
      componentIdx,
      subtaskID: subtask.id(),
      waitableRep: subtask.waitableRep(),
      subtaskState,
      packedResult: Number(subtask.waitableRep()) << 4 | subtaskState,
    });
    
    return Number(subtask.waitableRep()) << 4 | subtaskState;
  }
  
  const CURRENT_TASK_MAY_BLOCK= globalThis.WebAssembly ? new globalThis.WebAssembly.Global({ value: 'i32', mutable: true }, 0) : false;
  
  
  function _liftFlatU64(ctx) {
    _debugLog('[_liftFlatU64()] args', { ctx });
    let val;
    
    if (ctx.useDirectParams) {
      if (ctx.params.length === 0) { throw new Error('expected at least one single i64 argument'); }
      if (typeof ctx.params[0] !== 'bigint') { throw new Error('expected bigint'); }
      // core i64 values arrive as signed BigInts
      val = BigInt.asUintN(64, ctx.params[0]);
      ctx.params = ctx.params.slice(1);
      return [val, ctx];
    }
    
    if (ctx.storageLen !== undefined && ctx.storageLen < 8) {
      throw new Error(`insufficient storage ([${ctx.storageLen}] bytes) for lift (u64 requires 8 bytes)`);
    }
    
    val = new DataView(ctx.memory.buffer).getBigUint64(ctx.storagePtr, true);
    ctx.storagePtr += 8;
    if (ctx.storageLen !== undefined) { ctx.storageLen -= 8; }
    
    return [val, ctx];
  }
  
  
  function _lowerFlatU8(ctx) {
    _debugLog('[_lowerFlatU8()] args', ctx);
    
    if (ctx.vals.length !== 1) {
      throw new Error(`unexpected number [${ctx.vals.length}] of vals (expected 1)`);
    }
    
    _requireValidNumericPrimitive.bind('u8', ctx.vals[0]);
    
    if (!ctx.memory) { throw new Error("missing memory for lower"); }
    new DataView(ctx.memory.buffer).setUint8(ctx.storagePtr, ctx.vals[0]);
    
    ctx.storagePtr += 1;
  }
  
  function _lowerFlatU32(ctx) {
    _debugLog('[_lowerFlatU32()] args', { ctx });
    
    if (ctx.vals.length !== 1) {
      throw new Error(`expected single value to lower, got [${ctx.vals.length}]`);
    }
    
    const rem = ctx.storagePtr % 4;
    if (rem !== 0) { ctx.storagePtr += (4 - rem); }
    
    _requireValidNumericPrimitive.bind('u32', ctx.vals[0]);
    new DataView(ctx.memory.buffer).setUint32(ctx.storagePtr, ctx.vals[0], true);
    
    ctx.storagePtr += 4;
  }
  
  function _lowerFlatList(meta) {
    const {
      elemLowerFn,
      knownLen,
      size32,
      align32,
      elemSize32,
      elemAlign32,
    } = meta;
    
    if (!elemLowerFn) { throw new TypeError("missing/invalid element lower fn for list"); }
    
    return function _lowerFlatListInner(ctx) {
      _debugLog('[_lowerFlatList()] args', { ctx });
      
      if (ctx.useDirectParams) {
        if (ctx.params.length < 2) { throw new Error('insufficient params left to lower list'); }
        const storagePtr = ctx.params[0];
        const elemCount = ctx.params[1];
        ctx.params = ctx.params.slice(2);
        
        const list = ctx.vals[0];
        if (!list) { throw new Error("missing direct param value"); }
        
        const lowerCtx = {
          storagePtr,
          memory: ctx.memory,
          stringEncoding: ctx.stringEncoding,
        };
        for (let idx = 0; idx < list.length; idx++) {
          const elemPtr = storagePtr + idx * elemSize32;
          lowerCtx.storagePtr = elemPtr;
          lowerCtx.vals = list.slice(idx, idx+1);
          elemLowerFn(lowerCtx);
          lowerCtx.storagePtr = Math.max(lowerCtx.storagePtr, elemPtr + elemSize32);
        }
        ctx.storagePtr = lowerCtx.storagePtr;
        
        // TODO: implement parma-only known-length processing
        
        return;
      }
      
      // TODO(fix): is it possible to get a vals that are a addr and length here from
      // a component lower?
      
      const elems = ctx.vals[0];
      if (knownLen === undefined) {
        // unknown length
        if (!ctx.realloc) { throw new Error('missing realloc during flat string lower'); }
        const dataPtr = ctx.realloc(0, 0, elemAlign32, elemSize32 * elems.length);
        
        ctx.vals[0] = dataPtr;
        _lowerFlatU32(ctx);
        
        ctx.vals[0] = elems.length;
        _lowerFlatU32(ctx);
        
        const origPtr = ctx.storagePtr;
        ctx.storagePtr = dataPtr;
        
        for (const [idx, elem] of elems.entries()) {
          const elemPtr = dataPtr + idx * elemSize32;
          ctx.storagePtr = elemPtr;
          ctx.vals = [elem];
          elemLowerFn(ctx);
          ctx.storagePtr = Math.max(ctx.storagePtr, elemPtr + elemSize32);
        }
        
        ctx.storagePtr = origPtr;
        
      } else {
        // known length
        
        if (elems.length !== knownLen) {
          throw new TypeError(`invalid list input of length [${elems.length}], must be length [${knownLen}]`);
        }
        
        const originalPtr = ctx.storagePtr;
        for (const [idx, elem] of elems.entries()) {
          const elemPtr = originalPtr + idx * elemSize32;
          ctx.storagePtr = elemPtr;
          ctx.vals = [elem];
          elemLowerFn(ctx);
          ctx.storagePtr = Math.max(ctx.storagePtr, elemPtr + elemSize32);
        }
      }
      
      // TODO(fix): special case for u8/u16/etc, we can do a direct copy
      
      const totalSizeBytes = elems.length * size32;
      if (ctx.storageLen !== undefined && totalSizeBytes > ctx.storageLen) {
        throw new Error('not enough storage remaining for list flat lower');
      }
    }
  }
  
  function _trackHostOperation(operation) {
    const result = operation();
    if (result === null ||
    (typeof result !== 'object' && typeof result !== 'function') ||
    typeof result.then !== 'function') {
      return result;
    }
    
    STORE_ASYNC_STATE.pendingHostOperations++;
    return Promise.resolve(result).finally(() => {
      STORE_ASYNC_STATE.pendingHostOperations--;
      if (STORE_ASYNC_STATE.pendingHostOperations < 0) {
        throw new Error('negative pending host operation count');
      }
      for (const state of ASYNC_STATE.values()) { state.runTickLoop(); }
      _checkForDeadlock();
    });
  }
  
  function _guardMayLeave(componentIdx, fn) {
    return function (...args) {
      _checkMayLeave(componentIdx);
      return fn.apply(this, args);
    };
  }
  
  function clampGuest(i, min, max) {
    if (i < min || i > max) {
      throw new TypeError(`must be between ${min} and ${max}`);
    }
    return i;
  }
  
  
  const fetchCompile = url => fetch(url).then(WebAssembly.compileStreaming);
  
  const symbolRscHandle = Symbol('handle');
  const symbolDispose = Symbol.dispose || Symbol.for('dispose');
  
  const HANDLE_TABLES= [];
  
  
  function finalizationRegistryCreate (unregister) {
    if (typeof FinalizationRegistry === 'undefined') {
      return { unregister () {} };
    }
    return new FinalizationRegistry(unregister);
  }
  
  class ComponentError extends Error {
    constructor (value) {
      const enumerable = typeof value !== 'string';
      super(enumerable ? `${String(value)} (see error.payload)` : value);
      Object.defineProperty(this, 'payload', { value, enumerable });
    }
  }
  
  function throwInvalidBool() {
    throw new TypeError('invalid variant discriminant for bool');
  }
  
  function _suspendingImport(componentIdx, fn, syncOnly = false, switchesTask = false) {
    return function (...args) {
      _checkMayLeave(componentIdx);
      const saved = CURRENT_TASK_META[componentIdx] ?? null;
      
      const savedTask = saved
      ? getCurrentTask(saved.componentIdx, saved.taskID)?.task
      : null;
      const mayBlock = savedTask
      ? (savedTask?.mayBlock() ?? (CURRENT_TASK_MAY_BLOCK.value !== 0))
      : false;
      if (!saved && !mayBlock) {
        throw new WebAssemblyRuntimeError('cannot block a synchronous task before returning');
      }
      
      if (syncOnly || !mayBlock) {
        let result;
        try {
          result = fn.apply(null, args);
        } catch (err) {
          CURRENT_TASK_META[componentIdx] = saved;
          if (!switchesTask) { CURRENT_TASK_META.current = saved; }
          throw err;
        }
        
        CURRENT_TASK_META[componentIdx] = saved;
        if (!switchesTask) { CURRENT_TASK_META.current = saved; }
        
        if (result !== null &&
        (typeof result === 'object' || typeof result === 'function') &&
        typeof result.then === 'function') {
          // The helper may already have returned a rejected promise.
          // Mark it handled before replacing it with the canonical
          // synchronous-task trap.
          Promise.resolve(result).catch(() => {});
          throw new WebAssemblyRuntimeError('cannot block a synchronous task before returning');
        }
        return result;
      }
      
      return (async () => {
        try {
          return await fn.apply(null, args);
        } finally {
          CURRENT_TASK_META[componentIdx] = saved;
          if (!switchesTask) { CURRENT_TASK_META.current = saved; }
        }
      })();
    };
  }
  
  
  if (!getCoreModule) getCoreModule = (name) => fetchCompile(new URL(`./${name}`, import.meta.url));
  const module0 = getCoreModule('talkbot.core.wasm');
  const module1 = getCoreModule('talkbot.core2.wasm');
  const module2 = getCoreModule('talkbot.core3.wasm');
  
  const { getRandomBytes } = imports['wasi:random/random'];
  
  if (getRandomBytes=== undefined) {
    const err = new Error("unexpectedly undefined instance import 'getRandomBytes', was 'getRandomBytes' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  
  let gen= (function* _initGenerator () {
    const instanceFlags0 = new WebAssembly.Global({ value: "i32", mutable: true }, 1);
    INSTANCE_FLAGS.set(0, instanceFlags0);
    let exports0;
    let exports1;
    let memory0;
    let realloc0;
    let realloc0Async;
    
    const _trampoline2 = function(arg0, arg1) {
      _debugLog('[iface="wasi:random/random@0.2.0", function="get-random-bytes"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      
      let parentTask;
      let task;
      let subtask;
      
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: 'getRandomBytes',
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: 'none',
          callingWasmExport: false,
        });
        task = results[0];
      };
      
      taskCreation: {
        parentTask = getCurrentTask(
        0,
        _getGlobalCurrentTaskMeta(0)?.taskID,
        )?.task;
        
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        
        createTask();
        
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      
      const started = task.enterSync();
      let ret;
      
      
      try {
        ret = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => getRandomBytes(BigInt.asUintN(64, BigInt(arg0)))),
        })
        ;
      } catch (err) {
        
        _debugLog('[Instruction::CallInterface] error during sync call', {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err,
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
        
      }
      
      var val0 = ret;
      var len0 = Array.isArray(val0) ? val0.length : val0.byteLength;
      var ptr0 = realloc0(0, 0, 1, len0 * 1);
      
      let valData0;
      const valLenBytes0 = len0 * 1;
      if (Array.isArray(val0)) {
        // Regular array likely containing numbers, write values to memory
        let offset = 0;
        const dv0 = new DataView(memory0.buffer);
        for (const v of val0) {
          _requireValidNumericPrimitive.bind(null, 'u8')(v);
          dv0.setUint8(ptr0+ offset, v, true);
          offset += 1;
        }
      } else {
        // TypedArray / ArrayBuffer-like, direct copy
        valData0 = new Uint8Array(val0.buffer || val0, val0.byteOffset, valLenBytes0);
        const out0 = new Uint8Array(memory0.buffer, ptr0, valLenBytes0);
        out0.set(valData0);
      }
      
      dataView(memory0).setUint32(arg1 + 4, len0, true);
      dataView(memory0).setUint32(arg1 + 0, ptr0, true);
      _debugLog('[iface="wasi:random/random@0.2.0", function="get-random-bytes"][Instruction::Return]', {
        funcName: 'get-random-bytes',
        paramCount: 0,
        async: false,
        postReturn: false
      });
      task.resolve([ret]);
      task.exit();
    }
    _trampoline2.fnName = 'wasi:random/random@0.2.0#getRandomBytes';
    let exports2;
    let postReturn0;
    let postReturn0Async;
    let postReturn1;
    let postReturn1Async;
    let postReturn2;
    let postReturn2Async;
    let postReturn3;
    let postReturn3Async;
    let postReturn4;
    let postReturn4Async;
    let postReturn5;
    let postReturn5Async;
    let postReturn6;
    let postReturn6Async;
    let postReturn7;
    let postReturn7Async;
    let postReturn8;
    let postReturn8Async;
    let postReturn9;
    let postReturn9Async;
    let postReturn10;
    let postReturn10Async;
    let postReturn11;
    let postReturn11Async;
    let postReturn12;
    let postReturn12Async;
    let postReturn13;
    let postReturn13Async;
    let postReturn14;
    let postReturn14Async;
    let postReturn15;
    let postReturn15Async;
    let postReturn16;
    let postReturn16Async;
    let postReturn17;
    let postReturn17Async;
    let postReturn18;
    let postReturn18Async;
    let postReturn19;
    let postReturn19Async;
    let postReturn20;
    let postReturn20Async;
    let postReturn21;
    let postReturn21Async;
    let postReturn22;
    let postReturn22Async;
    let postReturn23;
    let postReturn23Async;
    let postReturn24;
    let postReturn24Async;
    let webhook030DefaultMaxBodyBytes;
    
    function defaultMaxBodyBytes() {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'webhook030DefaultMaxBodyBytes',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (null!== null) {
        task.setReturnMemoryIdx(null);
        task.setReturnMemory((() => null)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            _debugLog('[iface="nextcloud:talk-bot/webhook@0.3.0", function="default-max-body-bytes"][Instruction::CallWasm] enter', {
              funcName: 'default-max-body-bytes',
              paramCount: 0,
              async: false,
              postReturn: false,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => webhook030DefaultMaxBodyBytes(),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            _debugLog('[iface="nextcloud:talk-bot/webhook@0.3.0", function="default-max-body-bytes"][Instruction::Return]', {
              funcName: 'default-max-body-bytes',
              paramCount: 1,
              async: false,
              postReturn: false
            });
            task.resolve([BigInt.asUintN(64, BigInt(ret))]);
            task.exit();
            return BigInt.asUintN(64, BigInt(ret));
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let webhook030Verify;
    
    function verify(arg0, arg1, arg2, arg3) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'webhook030Verify',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var encodeRes = _utf8AllocateAndEncode(arg0, realloc0, memory0);
            var ptr0= encodeRes.ptr;
            var len0 = encodeRes.len;
            
            
            var encodeRes = _utf8AllocateAndEncode(arg1, realloc0, memory0);
            var ptr1= encodeRes.ptr;
            var len1 = encodeRes.len;
            
            
            var encodeRes = _utf8AllocateAndEncode(arg2, realloc0, memory0);
            var ptr2= encodeRes.ptr;
            var len2 = encodeRes.len;
            
            var val3 = arg3;
            var len3 = Array.isArray(val3) ? val3.length : val3.byteLength;
            var ptr3 = realloc0(0, 0, 1, len3 * 1);
            
            let valData3;
            const valLenBytes3 = len3 * 1;
            if (Array.isArray(val3)) {
              // Regular array likely containing numbers, write values to memory
              let offset = 0;
              const dv3 = new DataView(memory0.buffer);
              for (const v of val3) {
                _requireValidNumericPrimitive.bind(null, 'u8')(v);
                dv3.setUint8(ptr3+ offset, v, true);
                offset += 1;
              }
            } else {
              // TypedArray / ArrayBuffer-like, direct copy
              valData3 = new Uint8Array(val3.buffer || val3, val3.byteOffset, valLenBytes3);
              const out3 = new Uint8Array(memory0.buffer, ptr3, valLenBytes3);
              out3.set(valData3);
            }
            
            _debugLog('[iface="nextcloud:talk-bot/webhook@0.3.0", function="verify"][Instruction::CallWasm] enter', {
              funcName: 'verify',
              paramCount: 8,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => webhook030Verify(ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant13;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                variant13= {
                  tag: 'ok',
                  val: undefined
                };
                break;
              }
              case 1: {
                let variant12;
                switch (dataView(memory0).getUint8(ret + 8, true)) {
                  case 0: {
                    variant12= {
                      tag: 'body-too-large',
                      val: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 16, true)))
                    };
                    break;
                  }
                  case 1: {
                    var ptr4 = dataView(memory0).getUint32(ret + 16, true);
                    var len4 = dataView(memory0).getUint32(ret + 20, true);
                    var result4 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr4, len4));
                    variant12= {
                      tag: 'missing-header',
                      val: result4
                    };
                    break;
                  }
                  case 2: {
                    var ptr5 = dataView(memory0).getUint32(ret + 16, true);
                    var len5 = dataView(memory0).getUint32(ret + 20, true);
                    var result5 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr5, len5));
                    variant12= {
                      tag: 'malformed-random',
                      val: result5
                    };
                    break;
                  }
                  case 3: {
                    var ptr6 = dataView(memory0).getUint32(ret + 16, true);
                    var len6 = dataView(memory0).getUint32(ret + 20, true);
                    var result6 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr6, len6));
                    variant12= {
                      tag: 'malformed-signature',
                      val: result6
                    };
                    break;
                  }
                  case 4: {
                    var ptr7 = dataView(memory0).getUint32(ret + 16, true);
                    var len7 = dataView(memory0).getUint32(ret + 20, true);
                    var result7 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr7, len7));
                    variant12= {
                      tag: 'signature-mismatch',
                      val: result7
                    };
                    break;
                  }
                  case 5: {
                    variant12= {
                      tag: 'no-secrets',
                    };
                    break;
                  }
                  case 6: {
                    variant12= {
                      tag: 'not-utf8',
                      val: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 16, true)))
                    };
                    break;
                  }
                  case 7: {
                    var ptr8 = dataView(memory0).getUint32(ret + 16, true);
                    var len8 = dataView(memory0).getUint32(ret + 20, true);
                    var result8 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr8, len8));
                    variant12= {
                      tag: 'invalid-json',
                      val: result8
                    };
                    break;
                  }
                  case 8: {
                    var ptr9 = dataView(memory0).getUint32(ret + 16, true);
                    var len9 = dataView(memory0).getUint32(ret + 20, true);
                    var result9 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr9, len9));
                    variant12= {
                      tag: 'invalid-field',
                      val: result9
                    };
                    break;
                  }
                  case 9: {
                    var ptr10 = dataView(memory0).getUint32(ret + 16, true);
                    var len10 = dataView(memory0).getUint32(ret + 20, true);
                    var result10 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr10, len10));
                    variant12= {
                      tag: 'invalid-content',
                      val: result10
                    };
                    break;
                  }
                  case 10: {
                    var ptr11 = dataView(memory0).getUint32(ret + 16, true);
                    var len11 = dataView(memory0).getUint32(ret + 20, true);
                    var result11 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr11, len11));
                    variant12= {
                      tag: 'unknown-event-type',
                      val: result11
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for WebhookError');
                  }
                }
                variant13= {
                  tag: 'err',
                  val: variant12
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/webhook@0.3.0", function="verify"][Instruction::Return]', {
              funcName: 'verify',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant13;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn0(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let webhook030Parse;
    
    function parse(arg0) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'webhook030Parse',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var val0 = arg0;
            var len0 = Array.isArray(val0) ? val0.length : val0.byteLength;
            var ptr0 = realloc0(0, 0, 1, len0 * 1);
            
            let valData0;
            const valLenBytes0 = len0 * 1;
            if (Array.isArray(val0)) {
              // Regular array likely containing numbers, write values to memory
              let offset = 0;
              const dv0 = new DataView(memory0.buffer);
              for (const v of val0) {
                _requireValidNumericPrimitive.bind(null, 'u8')(v);
                dv0.setUint8(ptr0+ offset, v, true);
                offset += 1;
              }
            } else {
              // TypedArray / ArrayBuffer-like, direct copy
              valData0 = new Uint8Array(val0.buffer || val0, val0.byteOffset, valLenBytes0);
              const out0 = new Uint8Array(memory0.buffer, ptr0, valLenBytes0);
              out0.set(valData0);
            }
            
            _debugLog('[iface="nextcloud:talk-bot/webhook@0.3.0", function="parse"][Instruction::CallWasm] enter', {
              funcName: 'parse',
              paramCount: 2,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => webhook030Parse(ptr0, len0),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant63;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                let variant29;
                switch (dataView(memory0).getUint8(ret + 8, true)) {
                  case 0: {
                    let variant20;
                    switch (dataView(memory0).getUint8(ret + 16, true)) {
                      case 0: {
                        variant20 = undefined;
                        break;
                      }
                      case 1: {
                        let variant2;
                        switch (dataView(memory0).getUint8(ret + 24, true)) {
                          case 0: {
                            variant2= {
                              tag: 'users',
                            };
                            break;
                          }
                          case 1: {
                            variant2= {
                              tag: 'guests',
                            };
                            break;
                          }
                          case 2: {
                            variant2= {
                              tag: 'emails',
                            };
                            break;
                          }
                          case 3: {
                            variant2= {
                              tag: 'federated-users',
                            };
                            break;
                          }
                          case 4: {
                            variant2= {
                              tag: 'bots',
                            };
                            break;
                          }
                          case 5: {
                            variant2= {
                              tag: 'bridged',
                            };
                            break;
                          }
                          case 6: {
                            variant2= {
                              tag: 'deleted-users',
                            };
                            break;
                          }
                          case 7: {
                            var ptr1 = dataView(memory0).getUint32(ret + 28, true);
                            var len1 = dataView(memory0).getUint32(ret + 32, true);
                            var result1 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr1, len1));
                            variant2= {
                              tag: 'other',
                              val: result1
                            };
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for ActorKind');
                          }
                        }
                        var ptr3 = dataView(memory0).getUint32(ret + 36, true);
                        var len3 = dataView(memory0).getUint32(ret + 40, true);
                        var result3 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr3, len3));
                        var ptr4 = dataView(memory0).getUint32(ret + 44, true);
                        var len4 = dataView(memory0).getUint32(ret + 48, true);
                        var result4 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr4, len4));
                        var ptr5 = dataView(memory0).getUint32(ret + 52, true);
                        var len5 = dataView(memory0).getUint32(ret + 56, true);
                        var result5 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr5, len5));
                        let variant6;
                        switch (dataView(memory0).getUint8(ret + 60, true)) {
                          case 0: {
                            variant6 = undefined;
                            break;
                          }
                          case 1: {
                            variant6 = clampGuest(dataView(memory0).getUint8(ret + 61, true), 0, 255);
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        var ptr7 = dataView(memory0).getUint32(ret + 72, true);
                        var len7 = dataView(memory0).getUint32(ret + 76, true);
                        var result7 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr7, len7));
                        var ptr8 = dataView(memory0).getUint32(ret + 80, true);
                        var len8 = dataView(memory0).getUint32(ret + 84, true);
                        var result8 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr8, len8));
                        var len17 = dataView(memory0).getUint32(ret + 92, true);
                        var base17 = dataView(memory0).getUint32(ret + 88, true);
                        if (base17 % 4 !== 0) throw new TypeError(`list pointer [${base17}] is not aligned to 4`);
                        var result17 = [];
                        for (let i = 0; i < len17; i++) {
                          const base = base17 + i * 40;
                          var ptr9 = dataView(memory0).getUint32(base + 0, true);
                          var len9 = dataView(memory0).getUint32(base + 4, true);
                          var result9 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr9, len9));
                          var ptr10 = dataView(memory0).getUint32(base + 8, true);
                          var len10 = dataView(memory0).getUint32(base + 12, true);
                          var result10 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr10, len10));
                          var ptr11 = dataView(memory0).getUint32(base + 16, true);
                          var len11 = dataView(memory0).getUint32(base + 20, true);
                          var result11 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr11, len11));
                          var ptr12 = dataView(memory0).getUint32(base + 24, true);
                          var len12 = dataView(memory0).getUint32(base + 28, true);
                          var result12 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr12, len12));
                          var len16 = dataView(memory0).getUint32(base + 36, true);
                          var base16 = dataView(memory0).getUint32(base + 32, true);
                          if (base16 % 4 !== 0) throw new TypeError(`list pointer [${base16}] is not aligned to 4`);
                          var result16 = [];
                          for (let i = 0; i < len16; i++) {
                            const base = base16 + i * 20;
                            var ptr13 = dataView(memory0).getUint32(base + 0, true);
                            var len13 = dataView(memory0).getUint32(base + 4, true);
                            var result13 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr13, len13));
                            var ptr14 = dataView(memory0).getUint32(base + 8, true);
                            var len14 = dataView(memory0).getUint32(base + 12, true);
                            var result14 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr14, len14));
                            var bool15 = dataView(memory0).getUint8(base + 16, true);
                            result16.push({
                              name: result13,
                              value: result14,
                              isJson: bool15 == 0 ? false : (bool15 == 1 ? true : throwInvalidBool()),
                            });
                          }
                          result17.push({
                            key: result9,
                            objectType: result10,
                            id: result11,
                            name: result12,
                            fields: result16,
                          });
                        }
                        var ptr18 = dataView(memory0).getUint32(ret + 96, true);
                        var len18 = dataView(memory0).getUint32(ret + 100, true);
                        var result18 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr18, len18));
                        var ptr19 = dataView(memory0).getUint32(ret + 104, true);
                        var len19 = dataView(memory0).getUint32(ret + 108, true);
                        var result19 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr19, len19));
                        variant20 = {
                          author: {
                            kind: variant2,
                            id: result3,
                            rawId: result4,
                            name: result5,
                            participantType: variant6,
                          },
                          message: {
                            id: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 64, true))),
                            name: result7,
                            template: result8,
                            parameters: result17,
                            mediaType: result18,
                            contentJson: result19,
                          },
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    variant29= {
                      tag: 'create',
                      val: variant20
                    };
                    break;
                  }
                  case 1: {
                    variant29= {
                      tag: 'activity',
                    };
                    break;
                  }
                  case 2: {
                    var ptr21 = dataView(memory0).getUint32(ret + 16, true);
                    var len21 = dataView(memory0).getUint32(ret + 20, true);
                    var result21 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr21, len21));
                    variant29= {
                      tag: 'like',
                      val: result21
                    };
                    break;
                  }
                  case 3: {
                    var ptr22 = dataView(memory0).getUint32(ret + 16, true);
                    var len22 = dataView(memory0).getUint32(ret + 20, true);
                    var result22 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr22, len22));
                    let variant24;
                    switch (dataView(memory0).getUint8(ret + 24, true)) {
                      case 0: {
                        variant24= {
                          tag: 'users',
                        };
                        break;
                      }
                      case 1: {
                        variant24= {
                          tag: 'guests',
                        };
                        break;
                      }
                      case 2: {
                        variant24= {
                          tag: 'emails',
                        };
                        break;
                      }
                      case 3: {
                        variant24= {
                          tag: 'federated-users',
                        };
                        break;
                      }
                      case 4: {
                        variant24= {
                          tag: 'bots',
                        };
                        break;
                      }
                      case 5: {
                        variant24= {
                          tag: 'bridged',
                        };
                        break;
                      }
                      case 6: {
                        variant24= {
                          tag: 'deleted-users',
                        };
                        break;
                      }
                      case 7: {
                        var ptr23 = dataView(memory0).getUint32(ret + 28, true);
                        var len23 = dataView(memory0).getUint32(ret + 32, true);
                        var result23 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr23, len23));
                        variant24= {
                          tag: 'other',
                          val: result23
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for ActorKind');
                      }
                    }
                    var ptr25 = dataView(memory0).getUint32(ret + 36, true);
                    var len25 = dataView(memory0).getUint32(ret + 40, true);
                    var result25 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr25, len25));
                    var ptr26 = dataView(memory0).getUint32(ret + 44, true);
                    var len26 = dataView(memory0).getUint32(ret + 48, true);
                    var result26 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr26, len26));
                    var ptr27 = dataView(memory0).getUint32(ret + 52, true);
                    var len27 = dataView(memory0).getUint32(ret + 56, true);
                    var result27 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr27, len27));
                    let variant28;
                    switch (dataView(memory0).getUint8(ret + 60, true)) {
                      case 0: {
                        variant28 = undefined;
                        break;
                      }
                      case 1: {
                        variant28 = clampGuest(dataView(memory0).getUint8(ret + 61, true), 0, 255);
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    variant29= {
                      tag: 'undo',
                      val: {
                        reaction: result22,
                        messageAuthor: {
                          kind: variant24,
                          id: result25,
                          rawId: result26,
                          name: result27,
                          participantType: variant28,
                        },
                      }
                    };
                    break;
                  }
                  case 4: {
                    variant29= {
                      tag: 'join',
                    };
                    break;
                  }
                  case 5: {
                    variant29= {
                      tag: 'leave',
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for EventKind');
                  }
                }
                let variant31;
                switch (dataView(memory0).getUint8(ret + 112, true)) {
                  case 0: {
                    variant31= {
                      tag: 'users',
                    };
                    break;
                  }
                  case 1: {
                    variant31= {
                      tag: 'guests',
                    };
                    break;
                  }
                  case 2: {
                    variant31= {
                      tag: 'emails',
                    };
                    break;
                  }
                  case 3: {
                    variant31= {
                      tag: 'federated-users',
                    };
                    break;
                  }
                  case 4: {
                    variant31= {
                      tag: 'bots',
                    };
                    break;
                  }
                  case 5: {
                    variant31= {
                      tag: 'bridged',
                    };
                    break;
                  }
                  case 6: {
                    variant31= {
                      tag: 'deleted-users',
                    };
                    break;
                  }
                  case 7: {
                    var ptr30 = dataView(memory0).getUint32(ret + 116, true);
                    var len30 = dataView(memory0).getUint32(ret + 120, true);
                    var result30 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr30, len30));
                    variant31= {
                      tag: 'other',
                      val: result30
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for ActorKind');
                  }
                }
                var ptr32 = dataView(memory0).getUint32(ret + 124, true);
                var len32 = dataView(memory0).getUint32(ret + 128, true);
                var result32 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr32, len32));
                var ptr33 = dataView(memory0).getUint32(ret + 132, true);
                var len33 = dataView(memory0).getUint32(ret + 136, true);
                var result33 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr33, len33));
                var ptr34 = dataView(memory0).getUint32(ret + 140, true);
                var len34 = dataView(memory0).getUint32(ret + 144, true);
                var result34 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr34, len34));
                let variant35;
                switch (dataView(memory0).getUint8(ret + 148, true)) {
                  case 0: {
                    variant35 = undefined;
                    break;
                  }
                  case 1: {
                    variant35 = clampGuest(dataView(memory0).getUint8(ret + 149, true), 0, 255);
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                var ptr36 = dataView(memory0).getUint32(ret + 152, true);
                var len36 = dataView(memory0).getUint32(ret + 156, true);
                var result36 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr36, len36));
                var ptr37 = dataView(memory0).getUint32(ret + 160, true);
                var len37 = dataView(memory0).getUint32(ret + 164, true);
                var result37 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr37, len37));
                let variant51;
                switch (dataView(memory0).getUint8(ret + 168, true)) {
                  case 0: {
                    variant51 = undefined;
                    break;
                  }
                  case 1: {
                    var ptr38 = dataView(memory0).getUint32(ret + 184, true);
                    var len38 = dataView(memory0).getUint32(ret + 188, true);
                    var result38 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr38, len38));
                    var ptr39 = dataView(memory0).getUint32(ret + 192, true);
                    var len39 = dataView(memory0).getUint32(ret + 196, true);
                    var result39 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr39, len39));
                    var len48 = dataView(memory0).getUint32(ret + 204, true);
                    var base48 = dataView(memory0).getUint32(ret + 200, true);
                    if (base48 % 4 !== 0) throw new TypeError(`list pointer [${base48}] is not aligned to 4`);
                    var result48 = [];
                    for (let i = 0; i < len48; i++) {
                      const base = base48 + i * 40;
                      var ptr40 = dataView(memory0).getUint32(base + 0, true);
                      var len40 = dataView(memory0).getUint32(base + 4, true);
                      var result40 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr40, len40));
                      var ptr41 = dataView(memory0).getUint32(base + 8, true);
                      var len41 = dataView(memory0).getUint32(base + 12, true);
                      var result41 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr41, len41));
                      var ptr42 = dataView(memory0).getUint32(base + 16, true);
                      var len42 = dataView(memory0).getUint32(base + 20, true);
                      var result42 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr42, len42));
                      var ptr43 = dataView(memory0).getUint32(base + 24, true);
                      var len43 = dataView(memory0).getUint32(base + 28, true);
                      var result43 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr43, len43));
                      var len47 = dataView(memory0).getUint32(base + 36, true);
                      var base47 = dataView(memory0).getUint32(base + 32, true);
                      if (base47 % 4 !== 0) throw new TypeError(`list pointer [${base47}] is not aligned to 4`);
                      var result47 = [];
                      for (let i = 0; i < len47; i++) {
                        const base = base47 + i * 20;
                        var ptr44 = dataView(memory0).getUint32(base + 0, true);
                        var len44 = dataView(memory0).getUint32(base + 4, true);
                        var result44 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr44, len44));
                        var ptr45 = dataView(memory0).getUint32(base + 8, true);
                        var len45 = dataView(memory0).getUint32(base + 12, true);
                        var result45 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr45, len45));
                        var bool46 = dataView(memory0).getUint8(base + 16, true);
                        result47.push({
                          name: result44,
                          value: result45,
                          isJson: bool46 == 0 ? false : (bool46 == 1 ? true : throwInvalidBool()),
                        });
                      }
                      result48.push({
                        key: result40,
                        objectType: result41,
                        id: result42,
                        name: result43,
                        fields: result47,
                      });
                    }
                    var ptr49 = dataView(memory0).getUint32(ret + 208, true);
                    var len49 = dataView(memory0).getUint32(ret + 212, true);
                    var result49 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr49, len49));
                    var ptr50 = dataView(memory0).getUint32(ret + 216, true);
                    var len50 = dataView(memory0).getUint32(ret + 220, true);
                    var result50 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr50, len50));
                    variant51 = {
                      id: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 176, true))),
                      name: result38,
                      template: result39,
                      parameters: result48,
                      mediaType: result49,
                      contentJson: result50,
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                let variant53;
                switch (dataView(memory0).getUint8(ret + 224, true)) {
                  case 0: {
                    variant53 = undefined;
                    break;
                  }
                  case 1: {
                    var ptr52 = dataView(memory0).getUint32(ret + 228, true);
                    var len52 = dataView(memory0).getUint32(ret + 232, true);
                    var result52 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr52, len52));
                    variant53 = result52;
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                variant63= {
                  tag: 'ok',
                  val: {
                    kind: variant29,
                    actor: {
                      kind: variant31,
                      id: result32,
                      rawId: result33,
                      name: result34,
                      participantType: variant35,
                    },
                    conversation: {
                      token: result36,
                      name: result37,
                    },
                    message: variant51,
                    published: variant53,
                  }
                };
                break;
              }
              case 1: {
                let variant62;
                switch (dataView(memory0).getUint8(ret + 8, true)) {
                  case 0: {
                    variant62= {
                      tag: 'body-too-large',
                      val: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 16, true)))
                    };
                    break;
                  }
                  case 1: {
                    var ptr54 = dataView(memory0).getUint32(ret + 16, true);
                    var len54 = dataView(memory0).getUint32(ret + 20, true);
                    var result54 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr54, len54));
                    variant62= {
                      tag: 'missing-header',
                      val: result54
                    };
                    break;
                  }
                  case 2: {
                    var ptr55 = dataView(memory0).getUint32(ret + 16, true);
                    var len55 = dataView(memory0).getUint32(ret + 20, true);
                    var result55 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr55, len55));
                    variant62= {
                      tag: 'malformed-random',
                      val: result55
                    };
                    break;
                  }
                  case 3: {
                    var ptr56 = dataView(memory0).getUint32(ret + 16, true);
                    var len56 = dataView(memory0).getUint32(ret + 20, true);
                    var result56 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr56, len56));
                    variant62= {
                      tag: 'malformed-signature',
                      val: result56
                    };
                    break;
                  }
                  case 4: {
                    var ptr57 = dataView(memory0).getUint32(ret + 16, true);
                    var len57 = dataView(memory0).getUint32(ret + 20, true);
                    var result57 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr57, len57));
                    variant62= {
                      tag: 'signature-mismatch',
                      val: result57
                    };
                    break;
                  }
                  case 5: {
                    variant62= {
                      tag: 'no-secrets',
                    };
                    break;
                  }
                  case 6: {
                    variant62= {
                      tag: 'not-utf8',
                      val: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 16, true)))
                    };
                    break;
                  }
                  case 7: {
                    var ptr58 = dataView(memory0).getUint32(ret + 16, true);
                    var len58 = dataView(memory0).getUint32(ret + 20, true);
                    var result58 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr58, len58));
                    variant62= {
                      tag: 'invalid-json',
                      val: result58
                    };
                    break;
                  }
                  case 8: {
                    var ptr59 = dataView(memory0).getUint32(ret + 16, true);
                    var len59 = dataView(memory0).getUint32(ret + 20, true);
                    var result59 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr59, len59));
                    variant62= {
                      tag: 'invalid-field',
                      val: result59
                    };
                    break;
                  }
                  case 9: {
                    var ptr60 = dataView(memory0).getUint32(ret + 16, true);
                    var len60 = dataView(memory0).getUint32(ret + 20, true);
                    var result60 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr60, len60));
                    variant62= {
                      tag: 'invalid-content',
                      val: result60
                    };
                    break;
                  }
                  case 10: {
                    var ptr61 = dataView(memory0).getUint32(ret + 16, true);
                    var len61 = dataView(memory0).getUint32(ret + 20, true);
                    var result61 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr61, len61));
                    variant62= {
                      tag: 'unknown-event-type',
                      val: result61
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for WebhookError');
                  }
                }
                variant63= {
                  tag: 'err',
                  val: variant62
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/webhook@0.3.0", function="parse"][Instruction::Return]', {
              funcName: 'parse',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant63;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn1(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let webhook030Receive;
    
    function receive(arg0, arg1, arg2) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'webhook030Receive',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var {backends: v0_0, maxBodyBytes: v0_1, strictBackend: v0_2 } = arg0;
            var vec5 = v0_0;
            var len5 = vec5.length;
            var result5 = realloc0(0, 0, 4, len5 * 16);
            for (let i = 0; i < vec5.length; i++) {
              const e = vec5[i];
              const base = result5 + i * 16;var {url: v1_0, secrets: v1_1 } = e;
              
              var encodeRes = _utf8AllocateAndEncode(v1_0, realloc0, memory0);
              var ptr2= encodeRes.ptr;
              var len2 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len2, true);
              dataView(memory0).setUint32(base + 0, ptr2, true);
              var vec4 = v1_1;
              var len4 = vec4.length;
              var result4 = realloc0(0, 0, 4, len4 * 8);
              for (let i = 0; i < vec4.length; i++) {
                const e = vec4[i];
                const base = result4 + i * 8;
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr3= encodeRes.ptr;
                var len3 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 4, len3, true);
                dataView(memory0).setUint32(base + 0, ptr3, true);
              }
              dataView(memory0).setUint32(base + 12, len4, true);
              dataView(memory0).setUint32(base + 8, result4, true);
            }
            var vec9 = arg1;
            var len9 = vec9.length;
            var result9 = realloc0(0, 0, 4, len9 * 16);
            for (let i = 0; i < vec9.length; i++) {
              const e = vec9[i];
              const base = result9 + i * 16;var [tuple6_0, tuple6_1] = e;
              
              var encodeRes = _utf8AllocateAndEncode(tuple6_0, realloc0, memory0);
              var ptr7= encodeRes.ptr;
              var len7 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len7, true);
              dataView(memory0).setUint32(base + 0, ptr7, true);
              
              var encodeRes = _utf8AllocateAndEncode(tuple6_1, realloc0, memory0);
              var ptr8= encodeRes.ptr;
              var len8 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 12, len8, true);
              dataView(memory0).setUint32(base + 8, ptr8, true);
            }
            var val10 = arg2;
            var len10 = Array.isArray(val10) ? val10.length : val10.byteLength;
            var ptr10 = realloc0(0, 0, 1, len10 * 1);
            
            let valData10;
            const valLenBytes10 = len10 * 1;
            if (Array.isArray(val10)) {
              // Regular array likely containing numbers, write values to memory
              let offset = 0;
              const dv10 = new DataView(memory0.buffer);
              for (const v of val10) {
                _requireValidNumericPrimitive.bind(null, 'u8')(v);
                dv10.setUint8(ptr10+ offset, v, true);
                offset += 1;
              }
            } else {
              // TypedArray / ArrayBuffer-like, direct copy
              valData10 = new Uint8Array(val10.buffer || val10, val10.byteOffset, valLenBytes10);
              const out10 = new Uint8Array(memory0.buffer, ptr10, valLenBytes10);
              out10.set(valData10);
            }
            
            _debugLog('[iface="nextcloud:talk-bot/webhook@0.3.0", function="receive"][Instruction::CallWasm] enter', {
              funcName: 'receive',
              paramCount: 8,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => webhook030Receive(result5, len5, toUint64(v0_1), v0_2 ? 1 : 0, result9, len9, ptr10, len10),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant76;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var ptr11 = dataView(memory0).getUint32(ret + 8, true);
                var len11 = dataView(memory0).getUint32(ret + 12, true);
                var result11 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr11, len11));
                let variant13;
                switch (dataView(memory0).getUint8(ret + 20, true)) {
                  case 0: {
                    variant13 = undefined;
                    break;
                  }
                  case 1: {
                    var ptr12 = dataView(memory0).getUint32(ret + 24, true);
                    var len12 = dataView(memory0).getUint32(ret + 28, true);
                    var result12 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr12, len12));
                    variant13 = result12;
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                let variant42;
                switch (dataView(memory0).getUint8(ret + 32, true)) {
                  case 0: {
                    let variant33;
                    switch (dataView(memory0).getUint8(ret + 40, true)) {
                      case 0: {
                        variant33 = undefined;
                        break;
                      }
                      case 1: {
                        let variant15;
                        switch (dataView(memory0).getUint8(ret + 48, true)) {
                          case 0: {
                            variant15= {
                              tag: 'users',
                            };
                            break;
                          }
                          case 1: {
                            variant15= {
                              tag: 'guests',
                            };
                            break;
                          }
                          case 2: {
                            variant15= {
                              tag: 'emails',
                            };
                            break;
                          }
                          case 3: {
                            variant15= {
                              tag: 'federated-users',
                            };
                            break;
                          }
                          case 4: {
                            variant15= {
                              tag: 'bots',
                            };
                            break;
                          }
                          case 5: {
                            variant15= {
                              tag: 'bridged',
                            };
                            break;
                          }
                          case 6: {
                            variant15= {
                              tag: 'deleted-users',
                            };
                            break;
                          }
                          case 7: {
                            var ptr14 = dataView(memory0).getUint32(ret + 52, true);
                            var len14 = dataView(memory0).getUint32(ret + 56, true);
                            var result14 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr14, len14));
                            variant15= {
                              tag: 'other',
                              val: result14
                            };
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for ActorKind');
                          }
                        }
                        var ptr16 = dataView(memory0).getUint32(ret + 60, true);
                        var len16 = dataView(memory0).getUint32(ret + 64, true);
                        var result16 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr16, len16));
                        var ptr17 = dataView(memory0).getUint32(ret + 68, true);
                        var len17 = dataView(memory0).getUint32(ret + 72, true);
                        var result17 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr17, len17));
                        var ptr18 = dataView(memory0).getUint32(ret + 76, true);
                        var len18 = dataView(memory0).getUint32(ret + 80, true);
                        var result18 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr18, len18));
                        let variant19;
                        switch (dataView(memory0).getUint8(ret + 84, true)) {
                          case 0: {
                            variant19 = undefined;
                            break;
                          }
                          case 1: {
                            variant19 = clampGuest(dataView(memory0).getUint8(ret + 85, true), 0, 255);
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        var ptr20 = dataView(memory0).getUint32(ret + 96, true);
                        var len20 = dataView(memory0).getUint32(ret + 100, true);
                        var result20 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr20, len20));
                        var ptr21 = dataView(memory0).getUint32(ret + 104, true);
                        var len21 = dataView(memory0).getUint32(ret + 108, true);
                        var result21 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr21, len21));
                        var len30 = dataView(memory0).getUint32(ret + 116, true);
                        var base30 = dataView(memory0).getUint32(ret + 112, true);
                        if (base30 % 4 !== 0) throw new TypeError(`list pointer [${base30}] is not aligned to 4`);
                        var result30 = [];
                        for (let i = 0; i < len30; i++) {
                          const base = base30 + i * 40;
                          var ptr22 = dataView(memory0).getUint32(base + 0, true);
                          var len22 = dataView(memory0).getUint32(base + 4, true);
                          var result22 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr22, len22));
                          var ptr23 = dataView(memory0).getUint32(base + 8, true);
                          var len23 = dataView(memory0).getUint32(base + 12, true);
                          var result23 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr23, len23));
                          var ptr24 = dataView(memory0).getUint32(base + 16, true);
                          var len24 = dataView(memory0).getUint32(base + 20, true);
                          var result24 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr24, len24));
                          var ptr25 = dataView(memory0).getUint32(base + 24, true);
                          var len25 = dataView(memory0).getUint32(base + 28, true);
                          var result25 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr25, len25));
                          var len29 = dataView(memory0).getUint32(base + 36, true);
                          var base29 = dataView(memory0).getUint32(base + 32, true);
                          if (base29 % 4 !== 0) throw new TypeError(`list pointer [${base29}] is not aligned to 4`);
                          var result29 = [];
                          for (let i = 0; i < len29; i++) {
                            const base = base29 + i * 20;
                            var ptr26 = dataView(memory0).getUint32(base + 0, true);
                            var len26 = dataView(memory0).getUint32(base + 4, true);
                            var result26 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr26, len26));
                            var ptr27 = dataView(memory0).getUint32(base + 8, true);
                            var len27 = dataView(memory0).getUint32(base + 12, true);
                            var result27 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr27, len27));
                            var bool28 = dataView(memory0).getUint8(base + 16, true);
                            result29.push({
                              name: result26,
                              value: result27,
                              isJson: bool28 == 0 ? false : (bool28 == 1 ? true : throwInvalidBool()),
                            });
                          }
                          result30.push({
                            key: result22,
                            objectType: result23,
                            id: result24,
                            name: result25,
                            fields: result29,
                          });
                        }
                        var ptr31 = dataView(memory0).getUint32(ret + 120, true);
                        var len31 = dataView(memory0).getUint32(ret + 124, true);
                        var result31 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr31, len31));
                        var ptr32 = dataView(memory0).getUint32(ret + 128, true);
                        var len32 = dataView(memory0).getUint32(ret + 132, true);
                        var result32 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr32, len32));
                        variant33 = {
                          author: {
                            kind: variant15,
                            id: result16,
                            rawId: result17,
                            name: result18,
                            participantType: variant19,
                          },
                          message: {
                            id: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 88, true))),
                            name: result20,
                            template: result21,
                            parameters: result30,
                            mediaType: result31,
                            contentJson: result32,
                          },
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    variant42= {
                      tag: 'create',
                      val: variant33
                    };
                    break;
                  }
                  case 1: {
                    variant42= {
                      tag: 'activity',
                    };
                    break;
                  }
                  case 2: {
                    var ptr34 = dataView(memory0).getUint32(ret + 40, true);
                    var len34 = dataView(memory0).getUint32(ret + 44, true);
                    var result34 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr34, len34));
                    variant42= {
                      tag: 'like',
                      val: result34
                    };
                    break;
                  }
                  case 3: {
                    var ptr35 = dataView(memory0).getUint32(ret + 40, true);
                    var len35 = dataView(memory0).getUint32(ret + 44, true);
                    var result35 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr35, len35));
                    let variant37;
                    switch (dataView(memory0).getUint8(ret + 48, true)) {
                      case 0: {
                        variant37= {
                          tag: 'users',
                        };
                        break;
                      }
                      case 1: {
                        variant37= {
                          tag: 'guests',
                        };
                        break;
                      }
                      case 2: {
                        variant37= {
                          tag: 'emails',
                        };
                        break;
                      }
                      case 3: {
                        variant37= {
                          tag: 'federated-users',
                        };
                        break;
                      }
                      case 4: {
                        variant37= {
                          tag: 'bots',
                        };
                        break;
                      }
                      case 5: {
                        variant37= {
                          tag: 'bridged',
                        };
                        break;
                      }
                      case 6: {
                        variant37= {
                          tag: 'deleted-users',
                        };
                        break;
                      }
                      case 7: {
                        var ptr36 = dataView(memory0).getUint32(ret + 52, true);
                        var len36 = dataView(memory0).getUint32(ret + 56, true);
                        var result36 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr36, len36));
                        variant37= {
                          tag: 'other',
                          val: result36
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for ActorKind');
                      }
                    }
                    var ptr38 = dataView(memory0).getUint32(ret + 60, true);
                    var len38 = dataView(memory0).getUint32(ret + 64, true);
                    var result38 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr38, len38));
                    var ptr39 = dataView(memory0).getUint32(ret + 68, true);
                    var len39 = dataView(memory0).getUint32(ret + 72, true);
                    var result39 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr39, len39));
                    var ptr40 = dataView(memory0).getUint32(ret + 76, true);
                    var len40 = dataView(memory0).getUint32(ret + 80, true);
                    var result40 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr40, len40));
                    let variant41;
                    switch (dataView(memory0).getUint8(ret + 84, true)) {
                      case 0: {
                        variant41 = undefined;
                        break;
                      }
                      case 1: {
                        variant41 = clampGuest(dataView(memory0).getUint8(ret + 85, true), 0, 255);
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    variant42= {
                      tag: 'undo',
                      val: {
                        reaction: result35,
                        messageAuthor: {
                          kind: variant37,
                          id: result38,
                          rawId: result39,
                          name: result40,
                          participantType: variant41,
                        },
                      }
                    };
                    break;
                  }
                  case 4: {
                    variant42= {
                      tag: 'join',
                    };
                    break;
                  }
                  case 5: {
                    variant42= {
                      tag: 'leave',
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for EventKind');
                  }
                }
                let variant44;
                switch (dataView(memory0).getUint8(ret + 136, true)) {
                  case 0: {
                    variant44= {
                      tag: 'users',
                    };
                    break;
                  }
                  case 1: {
                    variant44= {
                      tag: 'guests',
                    };
                    break;
                  }
                  case 2: {
                    variant44= {
                      tag: 'emails',
                    };
                    break;
                  }
                  case 3: {
                    variant44= {
                      tag: 'federated-users',
                    };
                    break;
                  }
                  case 4: {
                    variant44= {
                      tag: 'bots',
                    };
                    break;
                  }
                  case 5: {
                    variant44= {
                      tag: 'bridged',
                    };
                    break;
                  }
                  case 6: {
                    variant44= {
                      tag: 'deleted-users',
                    };
                    break;
                  }
                  case 7: {
                    var ptr43 = dataView(memory0).getUint32(ret + 140, true);
                    var len43 = dataView(memory0).getUint32(ret + 144, true);
                    var result43 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr43, len43));
                    variant44= {
                      tag: 'other',
                      val: result43
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for ActorKind');
                  }
                }
                var ptr45 = dataView(memory0).getUint32(ret + 148, true);
                var len45 = dataView(memory0).getUint32(ret + 152, true);
                var result45 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr45, len45));
                var ptr46 = dataView(memory0).getUint32(ret + 156, true);
                var len46 = dataView(memory0).getUint32(ret + 160, true);
                var result46 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr46, len46));
                var ptr47 = dataView(memory0).getUint32(ret + 164, true);
                var len47 = dataView(memory0).getUint32(ret + 168, true);
                var result47 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr47, len47));
                let variant48;
                switch (dataView(memory0).getUint8(ret + 172, true)) {
                  case 0: {
                    variant48 = undefined;
                    break;
                  }
                  case 1: {
                    variant48 = clampGuest(dataView(memory0).getUint8(ret + 173, true), 0, 255);
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                var ptr49 = dataView(memory0).getUint32(ret + 176, true);
                var len49 = dataView(memory0).getUint32(ret + 180, true);
                var result49 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr49, len49));
                var ptr50 = dataView(memory0).getUint32(ret + 184, true);
                var len50 = dataView(memory0).getUint32(ret + 188, true);
                var result50 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr50, len50));
                let variant64;
                switch (dataView(memory0).getUint8(ret + 192, true)) {
                  case 0: {
                    variant64 = undefined;
                    break;
                  }
                  case 1: {
                    var ptr51 = dataView(memory0).getUint32(ret + 208, true);
                    var len51 = dataView(memory0).getUint32(ret + 212, true);
                    var result51 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr51, len51));
                    var ptr52 = dataView(memory0).getUint32(ret + 216, true);
                    var len52 = dataView(memory0).getUint32(ret + 220, true);
                    var result52 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr52, len52));
                    var len61 = dataView(memory0).getUint32(ret + 228, true);
                    var base61 = dataView(memory0).getUint32(ret + 224, true);
                    if (base61 % 4 !== 0) throw new TypeError(`list pointer [${base61}] is not aligned to 4`);
                    var result61 = [];
                    for (let i = 0; i < len61; i++) {
                      const base = base61 + i * 40;
                      var ptr53 = dataView(memory0).getUint32(base + 0, true);
                      var len53 = dataView(memory0).getUint32(base + 4, true);
                      var result53 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr53, len53));
                      var ptr54 = dataView(memory0).getUint32(base + 8, true);
                      var len54 = dataView(memory0).getUint32(base + 12, true);
                      var result54 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr54, len54));
                      var ptr55 = dataView(memory0).getUint32(base + 16, true);
                      var len55 = dataView(memory0).getUint32(base + 20, true);
                      var result55 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr55, len55));
                      var ptr56 = dataView(memory0).getUint32(base + 24, true);
                      var len56 = dataView(memory0).getUint32(base + 28, true);
                      var result56 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr56, len56));
                      var len60 = dataView(memory0).getUint32(base + 36, true);
                      var base60 = dataView(memory0).getUint32(base + 32, true);
                      if (base60 % 4 !== 0) throw new TypeError(`list pointer [${base60}] is not aligned to 4`);
                      var result60 = [];
                      for (let i = 0; i < len60; i++) {
                        const base = base60 + i * 20;
                        var ptr57 = dataView(memory0).getUint32(base + 0, true);
                        var len57 = dataView(memory0).getUint32(base + 4, true);
                        var result57 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr57, len57));
                        var ptr58 = dataView(memory0).getUint32(base + 8, true);
                        var len58 = dataView(memory0).getUint32(base + 12, true);
                        var result58 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr58, len58));
                        var bool59 = dataView(memory0).getUint8(base + 16, true);
                        result60.push({
                          name: result57,
                          value: result58,
                          isJson: bool59 == 0 ? false : (bool59 == 1 ? true : throwInvalidBool()),
                        });
                      }
                      result61.push({
                        key: result53,
                        objectType: result54,
                        id: result55,
                        name: result56,
                        fields: result60,
                      });
                    }
                    var ptr62 = dataView(memory0).getUint32(ret + 232, true);
                    var len62 = dataView(memory0).getUint32(ret + 236, true);
                    var result62 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr62, len62));
                    var ptr63 = dataView(memory0).getUint32(ret + 240, true);
                    var len63 = dataView(memory0).getUint32(ret + 244, true);
                    var result63 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr63, len63));
                    variant64 = {
                      id: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 200, true))),
                      name: result51,
                      template: result52,
                      parameters: result61,
                      mediaType: result62,
                      contentJson: result63,
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                let variant66;
                switch (dataView(memory0).getUint8(ret + 248, true)) {
                  case 0: {
                    variant66 = undefined;
                    break;
                  }
                  case 1: {
                    var ptr65 = dataView(memory0).getUint32(ret + 252, true);
                    var len65 = dataView(memory0).getUint32(ret + 256, true);
                    var result65 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr65, len65));
                    variant66 = result65;
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                variant76= {
                  tag: 'ok',
                  val: {
                    backend: result11,
                    backendIndex: dataView(memory0).getInt32(ret + 16, true) >>> 0,
                    backendHeader: variant13,
                    event: {
                      kind: variant42,
                      actor: {
                        kind: variant44,
                        id: result45,
                        rawId: result46,
                        name: result47,
                        participantType: variant48,
                      },
                      conversation: {
                        token: result49,
                        name: result50,
                      },
                      message: variant64,
                      published: variant66,
                    },
                  }
                };
                break;
              }
              case 1: {
                let variant75;
                switch (dataView(memory0).getUint8(ret + 8, true)) {
                  case 0: {
                    variant75= {
                      tag: 'body-too-large',
                      val: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 16, true)))
                    };
                    break;
                  }
                  case 1: {
                    var ptr67 = dataView(memory0).getUint32(ret + 16, true);
                    var len67 = dataView(memory0).getUint32(ret + 20, true);
                    var result67 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr67, len67));
                    variant75= {
                      tag: 'missing-header',
                      val: result67
                    };
                    break;
                  }
                  case 2: {
                    var ptr68 = dataView(memory0).getUint32(ret + 16, true);
                    var len68 = dataView(memory0).getUint32(ret + 20, true);
                    var result68 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr68, len68));
                    variant75= {
                      tag: 'malformed-random',
                      val: result68
                    };
                    break;
                  }
                  case 3: {
                    var ptr69 = dataView(memory0).getUint32(ret + 16, true);
                    var len69 = dataView(memory0).getUint32(ret + 20, true);
                    var result69 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr69, len69));
                    variant75= {
                      tag: 'malformed-signature',
                      val: result69
                    };
                    break;
                  }
                  case 4: {
                    var ptr70 = dataView(memory0).getUint32(ret + 16, true);
                    var len70 = dataView(memory0).getUint32(ret + 20, true);
                    var result70 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr70, len70));
                    variant75= {
                      tag: 'signature-mismatch',
                      val: result70
                    };
                    break;
                  }
                  case 5: {
                    variant75= {
                      tag: 'no-secrets',
                    };
                    break;
                  }
                  case 6: {
                    variant75= {
                      tag: 'not-utf8',
                      val: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 16, true)))
                    };
                    break;
                  }
                  case 7: {
                    var ptr71 = dataView(memory0).getUint32(ret + 16, true);
                    var len71 = dataView(memory0).getUint32(ret + 20, true);
                    var result71 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr71, len71));
                    variant75= {
                      tag: 'invalid-json',
                      val: result71
                    };
                    break;
                  }
                  case 8: {
                    var ptr72 = dataView(memory0).getUint32(ret + 16, true);
                    var len72 = dataView(memory0).getUint32(ret + 20, true);
                    var result72 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr72, len72));
                    variant75= {
                      tag: 'invalid-field',
                      val: result72
                    };
                    break;
                  }
                  case 9: {
                    var ptr73 = dataView(memory0).getUint32(ret + 16, true);
                    var len73 = dataView(memory0).getUint32(ret + 20, true);
                    var result73 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr73, len73));
                    variant75= {
                      tag: 'invalid-content',
                      val: result73
                    };
                    break;
                  }
                  case 10: {
                    var ptr74 = dataView(memory0).getUint32(ret + 16, true);
                    var len74 = dataView(memory0).getUint32(ret + 20, true);
                    var result74 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr74, len74));
                    variant75= {
                      tag: 'unknown-event-type',
                      val: result74
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for WebhookError');
                  }
                }
                variant76= {
                  tag: 'err',
                  val: variant75
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/webhook@0.3.0", function="receive"][Instruction::Return]', {
              funcName: 'receive',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant76;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn2(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let webhook030WebhookErrorStatus;
    
    function webhookErrorStatus(arg0) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'webhook030WebhookErrorStatus',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var variant8 = arg0;
            let variant8_0;
            let variant8_1;
            let variant8_2;
            switch (variant8.tag) {
              case 'body-too-large': {
                const e = variant8.val;
                variant8_0 = 0;
                variant8_1 = BigInt(toUint64(e));
                variant8_2 = 0;
                break;
              }
              case 'missing-header': {
                const e = variant8.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr0= encodeRes.ptr;
                var len0 = encodeRes.len;
                
                variant8_0 = 1;
                variant8_1 = BigInt(ptr0);
                variant8_2 = len0;
                break;
              }
              case 'malformed-random': {
                const e = variant8.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr1= encodeRes.ptr;
                var len1 = encodeRes.len;
                
                variant8_0 = 2;
                variant8_1 = BigInt(ptr1);
                variant8_2 = len1;
                break;
              }
              case 'malformed-signature': {
                const e = variant8.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr2= encodeRes.ptr;
                var len2 = encodeRes.len;
                
                variant8_0 = 3;
                variant8_1 = BigInt(ptr2);
                variant8_2 = len2;
                break;
              }
              case 'signature-mismatch': {
                const e = variant8.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr3= encodeRes.ptr;
                var len3 = encodeRes.len;
                
                variant8_0 = 4;
                variant8_1 = BigInt(ptr3);
                variant8_2 = len3;
                break;
              }
              case 'no-secrets': {
                variant8_0 = 5;
                variant8_1 = 0n;
                variant8_2 = 0;
                break;
              }
              case 'not-utf8': {
                const e = variant8.val;
                variant8_0 = 6;
                variant8_1 = BigInt(toUint64(e));
                variant8_2 = 0;
                break;
              }
              case 'invalid-json': {
                const e = variant8.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr4= encodeRes.ptr;
                var len4 = encodeRes.len;
                
                variant8_0 = 7;
                variant8_1 = BigInt(ptr4);
                variant8_2 = len4;
                break;
              }
              case 'invalid-field': {
                const e = variant8.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr5= encodeRes.ptr;
                var len5 = encodeRes.len;
                
                variant8_0 = 8;
                variant8_1 = BigInt(ptr5);
                variant8_2 = len5;
                break;
              }
              case 'invalid-content': {
                const e = variant8.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr6= encodeRes.ptr;
                var len6 = encodeRes.len;
                
                variant8_0 = 9;
                variant8_1 = BigInt(ptr6);
                variant8_2 = len6;
                break;
              }
              case 'unknown-event-type': {
                const e = variant8.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr7= encodeRes.ptr;
                var len7 = encodeRes.len;
                
                variant8_0 = 10;
                variant8_1 = BigInt(ptr7);
                variant8_2 = len7;
                break;
              }
              default: {
                throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant8.tag)}\` (received \`${variant8}\`) specified for \`WebhookError\``);
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/webhook@0.3.0", function="webhook-error-status"][Instruction::CallWasm] enter', {
              funcName: 'webhook-error-status',
              paramCount: 3,
              async: false,
              postReturn: false,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => webhook030WebhookErrorStatus(variant8_0, variant8_1, variant8_2),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            _debugLog('[iface="nextcloud:talk-bot/webhook@0.3.0", function="webhook-error-status"][Instruction::Return]', {
              funcName: 'webhook-error-status',
              paramCount: 1,
              async: false,
              postReturn: false
            });
            task.resolve([clampGuest(ret, 0, 65535)]);
            task.exit();
            return clampGuest(ret, 0, 65535);
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let webhook030WebhookErrorMessage;
    
    function webhookErrorMessage(arg0) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'webhook030WebhookErrorMessage',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var variant8 = arg0;
            let variant8_0;
            let variant8_1;
            let variant8_2;
            switch (variant8.tag) {
              case 'body-too-large': {
                const e = variant8.val;
                variant8_0 = 0;
                variant8_1 = BigInt(toUint64(e));
                variant8_2 = 0;
                break;
              }
              case 'missing-header': {
                const e = variant8.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr0= encodeRes.ptr;
                var len0 = encodeRes.len;
                
                variant8_0 = 1;
                variant8_1 = BigInt(ptr0);
                variant8_2 = len0;
                break;
              }
              case 'malformed-random': {
                const e = variant8.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr1= encodeRes.ptr;
                var len1 = encodeRes.len;
                
                variant8_0 = 2;
                variant8_1 = BigInt(ptr1);
                variant8_2 = len1;
                break;
              }
              case 'malformed-signature': {
                const e = variant8.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr2= encodeRes.ptr;
                var len2 = encodeRes.len;
                
                variant8_0 = 3;
                variant8_1 = BigInt(ptr2);
                variant8_2 = len2;
                break;
              }
              case 'signature-mismatch': {
                const e = variant8.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr3= encodeRes.ptr;
                var len3 = encodeRes.len;
                
                variant8_0 = 4;
                variant8_1 = BigInt(ptr3);
                variant8_2 = len3;
                break;
              }
              case 'no-secrets': {
                variant8_0 = 5;
                variant8_1 = 0n;
                variant8_2 = 0;
                break;
              }
              case 'not-utf8': {
                const e = variant8.val;
                variant8_0 = 6;
                variant8_1 = BigInt(toUint64(e));
                variant8_2 = 0;
                break;
              }
              case 'invalid-json': {
                const e = variant8.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr4= encodeRes.ptr;
                var len4 = encodeRes.len;
                
                variant8_0 = 7;
                variant8_1 = BigInt(ptr4);
                variant8_2 = len4;
                break;
              }
              case 'invalid-field': {
                const e = variant8.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr5= encodeRes.ptr;
                var len5 = encodeRes.len;
                
                variant8_0 = 8;
                variant8_1 = BigInt(ptr5);
                variant8_2 = len5;
                break;
              }
              case 'invalid-content': {
                const e = variant8.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr6= encodeRes.ptr;
                var len6 = encodeRes.len;
                
                variant8_0 = 9;
                variant8_1 = BigInt(ptr6);
                variant8_2 = len6;
                break;
              }
              case 'unknown-event-type': {
                const e = variant8.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr7= encodeRes.ptr;
                var len7 = encodeRes.len;
                
                variant8_0 = 10;
                variant8_1 = BigInt(ptr7);
                variant8_2 = len7;
                break;
              }
              default: {
                throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant8.tag)}\` (received \`${variant8}\`) specified for \`WebhookError\``);
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/webhook@0.3.0", function="webhook-error-message"][Instruction::CallWasm] enter', {
              funcName: 'webhook-error-message',
              paramCount: 3,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => webhook030WebhookErrorMessage(variant8_0, variant8_1, variant8_2),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            var ptr9 = dataView(memory0).getUint32(ret + 0, true);
            var len9 = dataView(memory0).getUint32(ret + 4, true);
            var result9 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr9, len9));
            _debugLog('[iface="nextcloud:talk-bot/webhook@0.3.0", function="webhook-error-message"][Instruction::Return]', {
              funcName: 'webhook-error-message',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([result9]);
            const retCopy = result9;
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn3(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let webhook030NormalizeBackend;
    
    function normalizeBackend(arg0) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'webhook030NormalizeBackend',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var encodeRes = _utf8AllocateAndEncode(arg0, realloc0, memory0);
            var ptr0= encodeRes.ptr;
            var len0 = encodeRes.len;
            
            _debugLog('[iface="nextcloud:talk-bot/webhook@0.3.0", function="normalize-backend"][Instruction::CallWasm] enter', {
              funcName: 'normalize-backend',
              paramCount: 2,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => webhook030NormalizeBackend(ptr0, len0),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant3;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var ptr1 = dataView(memory0).getUint32(ret + 4, true);
                var len1 = dataView(memory0).getUint32(ret + 8, true);
                var result1 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr1, len1));
                variant3= {
                  tag: 'ok',
                  val: result1
                };
                break;
              }
              case 1: {
                var ptr2 = dataView(memory0).getUint32(ret + 4, true);
                var len2 = dataView(memory0).getUint32(ret + 8, true);
                var result2 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr2, len2));
                variant3= {
                  tag: 'err',
                  val: result2
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/webhook@0.3.0", function="normalize-backend"][Instruction::Return]', {
              funcName: 'normalize-backend',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant3;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn4(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let render030RenderText;
    
    function renderText(arg0, arg1) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'render030RenderText',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var encodeRes = _utf8AllocateAndEncode(arg0, realloc0, memory0);
            var ptr0= encodeRes.ptr;
            var len0 = encodeRes.len;
            
            var vec10 = arg1;
            var len10 = vec10.length;
            var result10 = realloc0(0, 0, 4, len10 * 40);
            for (let i = 0; i < vec10.length; i++) {
              const e = vec10[i];
              const base = result10 + i * 40;var {key: v1_0, objectType: v1_1, id: v1_2, name: v1_3, fields: v1_4 } = e;
              
              var encodeRes = _utf8AllocateAndEncode(v1_0, realloc0, memory0);
              var ptr2= encodeRes.ptr;
              var len2 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len2, true);
              dataView(memory0).setUint32(base + 0, ptr2, true);
              
              var encodeRes = _utf8AllocateAndEncode(v1_1, realloc0, memory0);
              var ptr3= encodeRes.ptr;
              var len3 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 12, len3, true);
              dataView(memory0).setUint32(base + 8, ptr3, true);
              
              var encodeRes = _utf8AllocateAndEncode(v1_2, realloc0, memory0);
              var ptr4= encodeRes.ptr;
              var len4 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 20, len4, true);
              dataView(memory0).setUint32(base + 16, ptr4, true);
              
              var encodeRes = _utf8AllocateAndEncode(v1_3, realloc0, memory0);
              var ptr5= encodeRes.ptr;
              var len5 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 28, len5, true);
              dataView(memory0).setUint32(base + 24, ptr5, true);
              var vec9 = v1_4;
              var len9 = vec9.length;
              var result9 = realloc0(0, 0, 4, len9 * 20);
              for (let i = 0; i < vec9.length; i++) {
                const e = vec9[i];
                const base = result9 + i * 20;var {name: v6_0, value: v6_1, isJson: v6_2 } = e;
                
                var encodeRes = _utf8AllocateAndEncode(v6_0, realloc0, memory0);
                var ptr7= encodeRes.ptr;
                var len7 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 4, len7, true);
                dataView(memory0).setUint32(base + 0, ptr7, true);
                
                var encodeRes = _utf8AllocateAndEncode(v6_1, realloc0, memory0);
                var ptr8= encodeRes.ptr;
                var len8 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 12, len8, true);
                dataView(memory0).setUint32(base + 8, ptr8, true);
                dataView(memory0).setInt8(base + 16, v6_2 ? 1 : 0, true);
              }
              dataView(memory0).setUint32(base + 36, len9, true);
              dataView(memory0).setUint32(base + 32, result9, true);
            }
            _debugLog('[iface="nextcloud:talk-bot/render@0.3.0", function="render-text"][Instruction::CallWasm] enter', {
              funcName: 'render-text',
              paramCount: 4,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => render030RenderText(ptr0, len0, result10, len10),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            var ptr11 = dataView(memory0).getUint32(ret + 0, true);
            var len11 = dataView(memory0).getUint32(ret + 4, true);
            var result11 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr11, len11));
            _debugLog('[iface="nextcloud:talk-bot/render@0.3.0", function="render-text"][Instruction::Return]', {
              funcName: 'render-text',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([result11]);
            const retCopy = result11;
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn3(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let render030RenderMessage;
    
    function renderMessage(arg0) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'render030RenderMessage',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var {id: v0_0, name: v0_1, template: v0_2, parameters: v0_3, mediaType: v0_4, contentJson: v0_5 } = arg0;
            
            var encodeRes = _utf8AllocateAndEncode(v0_1, realloc0, memory0);
            var ptr1= encodeRes.ptr;
            var len1 = encodeRes.len;
            
            
            var encodeRes = _utf8AllocateAndEncode(v0_2, realloc0, memory0);
            var ptr2= encodeRes.ptr;
            var len2 = encodeRes.len;
            
            var vec12 = v0_3;
            var len12 = vec12.length;
            var result12 = realloc0(0, 0, 4, len12 * 40);
            for (let i = 0; i < vec12.length; i++) {
              const e = vec12[i];
              const base = result12 + i * 40;var {key: v3_0, objectType: v3_1, id: v3_2, name: v3_3, fields: v3_4 } = e;
              
              var encodeRes = _utf8AllocateAndEncode(v3_0, realloc0, memory0);
              var ptr4= encodeRes.ptr;
              var len4 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len4, true);
              dataView(memory0).setUint32(base + 0, ptr4, true);
              
              var encodeRes = _utf8AllocateAndEncode(v3_1, realloc0, memory0);
              var ptr5= encodeRes.ptr;
              var len5 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 12, len5, true);
              dataView(memory0).setUint32(base + 8, ptr5, true);
              
              var encodeRes = _utf8AllocateAndEncode(v3_2, realloc0, memory0);
              var ptr6= encodeRes.ptr;
              var len6 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 20, len6, true);
              dataView(memory0).setUint32(base + 16, ptr6, true);
              
              var encodeRes = _utf8AllocateAndEncode(v3_3, realloc0, memory0);
              var ptr7= encodeRes.ptr;
              var len7 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 28, len7, true);
              dataView(memory0).setUint32(base + 24, ptr7, true);
              var vec11 = v3_4;
              var len11 = vec11.length;
              var result11 = realloc0(0, 0, 4, len11 * 20);
              for (let i = 0; i < vec11.length; i++) {
                const e = vec11[i];
                const base = result11 + i * 20;var {name: v8_0, value: v8_1, isJson: v8_2 } = e;
                
                var encodeRes = _utf8AllocateAndEncode(v8_0, realloc0, memory0);
                var ptr9= encodeRes.ptr;
                var len9 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 4, len9, true);
                dataView(memory0).setUint32(base + 0, ptr9, true);
                
                var encodeRes = _utf8AllocateAndEncode(v8_1, realloc0, memory0);
                var ptr10= encodeRes.ptr;
                var len10 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 12, len10, true);
                dataView(memory0).setUint32(base + 8, ptr10, true);
                dataView(memory0).setInt8(base + 16, v8_2 ? 1 : 0, true);
              }
              dataView(memory0).setUint32(base + 36, len11, true);
              dataView(memory0).setUint32(base + 32, result11, true);
            }
            
            var encodeRes = _utf8AllocateAndEncode(v0_4, realloc0, memory0);
            var ptr13= encodeRes.ptr;
            var len13 = encodeRes.len;
            
            
            var encodeRes = _utf8AllocateAndEncode(v0_5, realloc0, memory0);
            var ptr14= encodeRes.ptr;
            var len14 = encodeRes.len;
            
            _debugLog('[iface="nextcloud:talk-bot/render@0.3.0", function="render-message"][Instruction::CallWasm] enter', {
              funcName: 'render-message',
              paramCount: 11,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => render030RenderMessage(toUint64(v0_0), ptr1, len1, ptr2, len2, result12, len12, ptr13, len13, ptr14, len14),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            var ptr15 = dataView(memory0).getUint32(ret + 0, true);
            var len15 = dataView(memory0).getUint32(ret + 4, true);
            var result15 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr15, len15));
            _debugLog('[iface="nextcloud:talk-bot/render@0.3.0", function="render-message"][Instruction::Return]', {
              funcName: 'render-message',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([result15]);
            const retCopy = result15;
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn3(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let render030Address;
    
    function address(arg0, arg1) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'render030Address',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var {id: v0_0, name: v0_1, template: v0_2, parameters: v0_3, mediaType: v0_4, contentJson: v0_5 } = arg0;
            
            var encodeRes = _utf8AllocateAndEncode(v0_1, realloc0, memory0);
            var ptr1= encodeRes.ptr;
            var len1 = encodeRes.len;
            
            
            var encodeRes = _utf8AllocateAndEncode(v0_2, realloc0, memory0);
            var ptr2= encodeRes.ptr;
            var len2 = encodeRes.len;
            
            var vec12 = v0_3;
            var len12 = vec12.length;
            var result12 = realloc0(0, 0, 4, len12 * 40);
            for (let i = 0; i < vec12.length; i++) {
              const e = vec12[i];
              const base = result12 + i * 40;var {key: v3_0, objectType: v3_1, id: v3_2, name: v3_3, fields: v3_4 } = e;
              
              var encodeRes = _utf8AllocateAndEncode(v3_0, realloc0, memory0);
              var ptr4= encodeRes.ptr;
              var len4 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len4, true);
              dataView(memory0).setUint32(base + 0, ptr4, true);
              
              var encodeRes = _utf8AllocateAndEncode(v3_1, realloc0, memory0);
              var ptr5= encodeRes.ptr;
              var len5 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 12, len5, true);
              dataView(memory0).setUint32(base + 8, ptr5, true);
              
              var encodeRes = _utf8AllocateAndEncode(v3_2, realloc0, memory0);
              var ptr6= encodeRes.ptr;
              var len6 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 20, len6, true);
              dataView(memory0).setUint32(base + 16, ptr6, true);
              
              var encodeRes = _utf8AllocateAndEncode(v3_3, realloc0, memory0);
              var ptr7= encodeRes.ptr;
              var len7 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 28, len7, true);
              dataView(memory0).setUint32(base + 24, ptr7, true);
              var vec11 = v3_4;
              var len11 = vec11.length;
              var result11 = realloc0(0, 0, 4, len11 * 20);
              for (let i = 0; i < vec11.length; i++) {
                const e = vec11[i];
                const base = result11 + i * 20;var {name: v8_0, value: v8_1, isJson: v8_2 } = e;
                
                var encodeRes = _utf8AllocateAndEncode(v8_0, realloc0, memory0);
                var ptr9= encodeRes.ptr;
                var len9 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 4, len9, true);
                dataView(memory0).setUint32(base + 0, ptr9, true);
                
                var encodeRes = _utf8AllocateAndEncode(v8_1, realloc0, memory0);
                var ptr10= encodeRes.ptr;
                var len10 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 12, len10, true);
                dataView(memory0).setUint32(base + 8, ptr10, true);
                dataView(memory0).setInt8(base + 16, v8_2 ? 1 : 0, true);
              }
              dataView(memory0).setUint32(base + 36, len11, true);
              dataView(memory0).setUint32(base + 32, result11, true);
            }
            
            var encodeRes = _utf8AllocateAndEncode(v0_4, realloc0, memory0);
            var ptr13= encodeRes.ptr;
            var len13 = encodeRes.len;
            
            
            var encodeRes = _utf8AllocateAndEncode(v0_5, realloc0, memory0);
            var ptr14= encodeRes.ptr;
            var len14 = encodeRes.len;
            
            var {aliases: v15_0, actorId: v15_1 } = arg1;
            var vec17 = v15_0;
            var len17 = vec17.length;
            var result17 = realloc0(0, 0, 4, len17 * 8);
            for (let i = 0; i < vec17.length; i++) {
              const e = vec17[i];
              const base = result17 + i * 8;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr16= encodeRes.ptr;
              var len16 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len16, true);
              dataView(memory0).setUint32(base + 0, ptr16, true);
            }
            var variant19 = v15_1;
            let variant19_0;
            let variant19_1;
            let variant19_2;
            if (variant19 === null || variant19=== undefined) {
              variant19_0 = 0;
              variant19_1 = 0;
              variant19_2 = 0;
            } else {
              const e = variant19;
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr18= encodeRes.ptr;
              var len18 = encodeRes.len;
              
              variant19_0 = 1;
              variant19_1 = ptr18;
              variant19_2 = len18;
            }
            _debugLog('[iface="nextcloud:talk-bot/render@0.3.0", function="address"][Instruction::CallWasm] enter', {
              funcName: 'address',
              paramCount: 16,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => render030Address(toUint64(v0_0), ptr1, len1, ptr2, len2, result12, len12, ptr13, len13, ptr14, len14, result17, len17, variant19_0, variant19_1, variant19_2),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            var bool20 = dataView(memory0).getUint8(ret + 0, true);
            var ptr21 = dataView(memory0).getUint32(ret + 4, true);
            var len21 = dataView(memory0).getUint32(ret + 8, true);
            var result21 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr21, len21));
            _debugLog('[iface="nextcloud:talk-bot/render@0.3.0", function="address"][Instruction::Return]', {
              funcName: 'address',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([{
              mentioned: bool20 == 0 ? false : (bool20 == 1 ? true : throwInvalidBool()),
              text: result21,
            }]);
            const retCopy = {
              mentioned: bool20 == 0 ? false : (bool20 == 1 ? true : throwInvalidBool()),
              text: result21,
            };
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn4(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let render030DefangMentions;
    
    function defangMentions(arg0) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'render030DefangMentions',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var encodeRes = _utf8AllocateAndEncode(arg0, realloc0, memory0);
            var ptr0= encodeRes.ptr;
            var len0 = encodeRes.len;
            
            _debugLog('[iface="nextcloud:talk-bot/render@0.3.0", function="defang-mentions"][Instruction::CallWasm] enter', {
              funcName: 'defang-mentions',
              paramCount: 2,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => render030DefangMentions(ptr0, len0),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            var ptr1 = dataView(memory0).getUint32(ret + 0, true);
            var len1 = dataView(memory0).getUint32(ret + 4, true);
            var result1 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr1, len1));
            _debugLog('[iface="nextcloud:talk-bot/render@0.3.0", function="defang-mentions"][Instruction::Return]', {
              funcName: 'defang-mentions',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([result1]);
            const retCopy = result1;
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn3(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let botApi030ApiErrorMessage;
    
    function apiErrorMessage(arg0) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'botApi030ApiErrorMessage',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var variant6 = arg0;
            let variant6_0;
            let variant6_1;
            let variant6_2;
            switch (variant6.tag) {
              case 'invalid-base-url': {
                const e = variant6.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr0= encodeRes.ptr;
                var len0 = encodeRes.len;
                
                variant6_0 = 0;
                variant6_1 = ptr0;
                variant6_2 = len0;
                break;
              }
              case 'invalid-token': {
                const e = variant6.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr1= encodeRes.ptr;
                var len1 = encodeRes.len;
                
                variant6_0 = 1;
                variant6_1 = ptr1;
                variant6_2 = len1;
                break;
              }
              case 'empty-message': {
                variant6_0 = 2;
                variant6_1 = 0;
                variant6_2 = 0;
                break;
              }
              case 'invalid-reaction': {
                const e = variant6.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr2= encodeRes.ptr;
                var len2 = encodeRes.len;
                
                variant6_0 = 3;
                variant6_1 = ptr2;
                variant6_2 = len2;
                break;
              }
              case 'invalid-secret': {
                const e = variant6.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr3= encodeRes.ptr;
                var len3 = encodeRes.len;
                
                variant6_0 = 4;
                variant6_1 = ptr3;
                variant6_2 = len3;
                break;
              }
              case 'invalid-random': {
                const e = variant6.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr4= encodeRes.ptr;
                var len4 = encodeRes.len;
                
                variant6_0 = 5;
                variant6_1 = ptr4;
                variant6_2 = len4;
                break;
              }
              case 'invalid-max-length': {
                const e = variant6.val;
                variant6_0 = 6;
                variant6_1 = toUint32(e);
                variant6_2 = 0;
                break;
              }
              case 'invalid-reference-id': {
                const e = variant6.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr5= encodeRes.ptr;
                var len5 = encodeRes.len;
                
                variant6_0 = 7;
                variant6_1 = ptr5;
                variant6_2 = len5;
                break;
              }
              default: {
                throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant6.tag)}\` (received \`${variant6}\`) specified for \`ApiError\``);
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="api-error-message"][Instruction::CallWasm] enter', {
              funcName: 'api-error-message',
              paramCount: 3,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => botApi030ApiErrorMessage(variant6_0, variant6_1, variant6_2),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            var ptr7 = dataView(memory0).getUint32(ret + 0, true);
            var len7 = dataView(memory0).getUint32(ret + 4, true);
            var result7 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr7, len7));
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="api-error-message"][Instruction::Return]', {
              funcName: 'api-error-message',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([result7]);
            const retCopy = result7;
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn3(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let botApi030DefaultMaxLength;
    
    function defaultMaxLength() {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'botApi030DefaultMaxLength',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (null!== null) {
        task.setReturnMemoryIdx(null);
        task.setReturnMemory((() => null)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="default-max-length"][Instruction::CallWasm] enter', {
              funcName: 'default-max-length',
              paramCount: 0,
              async: false,
              postReturn: false,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => botApi030DefaultMaxLength(),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="default-max-length"][Instruction::Return]', {
              funcName: 'default-max-length',
              paramCount: 1,
              async: false,
              postReturn: false
            });
            task.resolve([ret >>> 0]);
            task.exit();
            return ret >>> 0;
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let botApi030SendMessage;
    
    function sendMessage(arg0, arg1, arg2, arg3, arg4) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'botApi030SendMessage',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var ptr0 = realloc0(0, 0, 8, 104);
            
            var encodeRes = _utf8AllocateAndEncode(arg0, realloc0, memory0);
            var ptr1= encodeRes.ptr;
            var len1 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 4, len1, true);
            dataView(memory0).setUint32(ptr0 + 0, ptr1, true);
            
            var encodeRes = _utf8AllocateAndEncode(arg1, realloc0, memory0);
            var ptr2= encodeRes.ptr;
            var len2 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 12, len2, true);
            dataView(memory0).setUint32(ptr0 + 8, ptr2, true);
            
            var encodeRes = _utf8AllocateAndEncode(arg2, realloc0, memory0);
            var ptr3= encodeRes.ptr;
            var len3 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 20, len3, true);
            dataView(memory0).setUint32(ptr0 + 16, ptr3, true);
            
            var encodeRes = _utf8AllocateAndEncode(arg3, realloc0, memory0);
            var ptr4= encodeRes.ptr;
            var len4 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 28, len4, true);
            dataView(memory0).setUint32(ptr0 + 24, ptr4, true);
            var {replyTo: v5_0, referenceId: v5_1, silent: v5_2, threadId: v5_3, threadTitle: v5_4, maxLength: v5_5 } = arg4;
            var variant6 = v5_0;
            if (variant6 === null || variant6=== undefined) {
              dataView(memory0).setInt8(ptr0 + 32, 0, true);
            } else {
              const e = variant6;
              dataView(memory0).setInt8(ptr0 + 32, 1, true);
              dataView(memory0).setBigInt64(ptr0 + 40, toUint64(e), true);
            }
            var variant8 = v5_1;
            if (variant8 === null || variant8=== undefined) {
              dataView(memory0).setInt8(ptr0 + 48, 0, true);
            } else {
              const e = variant8;
              dataView(memory0).setInt8(ptr0 + 48, 1, true);
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr7= encodeRes.ptr;
              var len7 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 56, len7, true);
              dataView(memory0).setUint32(ptr0 + 52, ptr7, true);
            }
            dataView(memory0).setInt8(ptr0 + 60, v5_2 ? 1 : 0, true);
            var variant9 = v5_3;
            if (variant9 === null || variant9=== undefined) {
              dataView(memory0).setInt8(ptr0 + 64, 0, true);
            } else {
              const e = variant9;
              dataView(memory0).setInt8(ptr0 + 64, 1, true);
              dataView(memory0).setBigInt64(ptr0 + 72, toUint64(e), true);
            }
            var variant11 = v5_4;
            if (variant11 === null || variant11=== undefined) {
              dataView(memory0).setInt8(ptr0 + 80, 0, true);
            } else {
              const e = variant11;
              dataView(memory0).setInt8(ptr0 + 80, 1, true);
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr10= encodeRes.ptr;
              var len10 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 88, len10, true);
              dataView(memory0).setUint32(ptr0 + 84, ptr10, true);
            }
            var variant12 = v5_5;
            if (variant12 === null || variant12=== undefined) {
              dataView(memory0).setInt8(ptr0 + 92, 0, true);
            } else {
              const e = variant12;
              dataView(memory0).setInt8(ptr0 + 92, 1, true);
              dataView(memory0).setInt32(ptr0 + 96, toUint32(e), true);
            }
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="send-message"][Instruction::CallWasm] enter', {
              funcName: 'send-message',
              paramCount: 1,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => botApi030SendMessage(ptr0),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant37;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var len29 = dataView(memory0).getUint32(ret + 8, true);
                var base29 = dataView(memory0).getUint32(ret + 4, true);
                if (base29 % 8 !== 0) throw new TypeError(`list pointer [${base29}] is not aligned to 8`);
                var result29 = [];
                for (let i = 0; i < len29; i++) {
                  const base = base29 + i * 128;
                  let enum13;
                  switch (dataView(memory0).getUint8(base + 0, true)) {
                    case 0: {
                      enum13 = 'get';
                      break;
                    }
                    case 1: {
                      enum13 = 'post';
                      break;
                    }
                    case 2: {
                      enum13 = 'delete';
                      break;
                    }
                    default: {
                      throw new TypeError('invalid discriminant specified for HttpMethod');
                    }
                  }
                  var ptr14 = dataView(memory0).getUint32(base + 4, true);
                  var len14 = dataView(memory0).getUint32(base + 8, true);
                  var result14 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr14, len14));
                  var len17 = dataView(memory0).getUint32(base + 16, true);
                  var base17 = dataView(memory0).getUint32(base + 12, true);
                  if (base17 % 4 !== 0) throw new TypeError(`list pointer [${base17}] is not aligned to 4`);
                  var result17 = [];
                  for (let i = 0; i < len17; i++) {
                    const base = base17 + i * 16;
                    var ptr15 = dataView(memory0).getUint32(base + 0, true);
                    var len15 = dataView(memory0).getUint32(base + 4, true);
                    var result15 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr15, len15));
                    var ptr16 = dataView(memory0).getUint32(base + 8, true);
                    var len16 = dataView(memory0).getUint32(base + 12, true);
                    var result16 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr16, len16));
                    result17.push([result15, result16]);
                  }
                  var ptr18 = dataView(memory0).getUint32(base + 20, true);
                  var len18 = dataView(memory0).getUint32(base + 24, true);
                  var result18 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr18, len18));
                  let variant28;
                  switch (dataView(memory0).getUint8(base + 32, true)) {
                    case 0: {
                      variant28 = undefined;
                      break;
                    }
                    case 1: {
                      var ptr19 = dataView(memory0).getUint32(base + 44, true);
                      var len19 = dataView(memory0).getUint32(base + 48, true);
                      var result19 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr19, len19));
                      let variant20;
                      switch (dataView(memory0).getUint8(base + 56, true)) {
                        case 0: {
                          variant20 = undefined;
                          break;
                        }
                        case 1: {
                          variant20 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(base + 64, true)));
                          break;
                        }
                        default: {
                          throw new TypeError('invalid variant discriminant for option');
                        }
                      }
                      let variant22;
                      switch (dataView(memory0).getUint8(base + 72, true)) {
                        case 0: {
                          variant22 = undefined;
                          break;
                        }
                        case 1: {
                          var ptr21 = dataView(memory0).getUint32(base + 76, true);
                          var len21 = dataView(memory0).getUint32(base + 80, true);
                          var result21 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr21, len21));
                          variant22 = result21;
                          break;
                        }
                        default: {
                          throw new TypeError('invalid variant discriminant for option');
                        }
                      }
                      var bool23 = dataView(memory0).getUint8(base + 84, true);
                      let variant24;
                      switch (dataView(memory0).getUint8(base + 88, true)) {
                        case 0: {
                          variant24 = undefined;
                          break;
                        }
                        case 1: {
                          variant24 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(base + 96, true)));
                          break;
                        }
                        default: {
                          throw new TypeError('invalid variant discriminant for option');
                        }
                      }
                      let variant26;
                      switch (dataView(memory0).getUint8(base + 104, true)) {
                        case 0: {
                          variant26 = undefined;
                          break;
                        }
                        case 1: {
                          var ptr25 = dataView(memory0).getUint32(base + 108, true);
                          var len25 = dataView(memory0).getUint32(base + 112, true);
                          var result25 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr25, len25));
                          variant26 = result25;
                          break;
                        }
                        default: {
                          throw new TypeError('invalid variant discriminant for option');
                        }
                      }
                      let variant27;
                      switch (dataView(memory0).getUint8(base + 116, true)) {
                        case 0: {
                          variant27 = undefined;
                          break;
                        }
                        case 1: {
                          variant27 = dataView(memory0).getInt32(base + 120, true) >>> 0;
                          break;
                        }
                        default: {
                          throw new TypeError('invalid variant discriminant for option');
                        }
                      }
                      variant28 = {
                        index: dataView(memory0).getInt32(base + 40, true) >>> 0,
                        text: result19,
                        options: {
                          replyTo: variant20,
                          referenceId: variant22,
                          silent: bool23 == 0 ? false : (bool23 == 1 ? true : throwInvalidBool()),
                          threadId: variant24,
                          threadTitle: variant26,
                          maxLength: variant27,
                        },
                      };
                      break;
                    }
                    default: {
                      throw new TypeError('invalid variant discriminant for option');
                    }
                  }
                  result29.push({
                    method: enum13,
                    url: result14,
                    headers: result17,
                    body: result18,
                    chunk: variant28,
                  });
                }
                variant37= {
                  tag: 'ok',
                  val: result29
                };
                break;
              }
              case 1: {
                let variant36;
                switch (dataView(memory0).getUint8(ret + 4, true)) {
                  case 0: {
                    var ptr30 = dataView(memory0).getUint32(ret + 8, true);
                    var len30 = dataView(memory0).getUint32(ret + 12, true);
                    var result30 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr30, len30));
                    variant36= {
                      tag: 'invalid-base-url',
                      val: result30
                    };
                    break;
                  }
                  case 1: {
                    var ptr31 = dataView(memory0).getUint32(ret + 8, true);
                    var len31 = dataView(memory0).getUint32(ret + 12, true);
                    var result31 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr31, len31));
                    variant36= {
                      tag: 'invalid-token',
                      val: result31
                    };
                    break;
                  }
                  case 2: {
                    variant36= {
                      tag: 'empty-message',
                    };
                    break;
                  }
                  case 3: {
                    var ptr32 = dataView(memory0).getUint32(ret + 8, true);
                    var len32 = dataView(memory0).getUint32(ret + 12, true);
                    var result32 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr32, len32));
                    variant36= {
                      tag: 'invalid-reaction',
                      val: result32
                    };
                    break;
                  }
                  case 4: {
                    var ptr33 = dataView(memory0).getUint32(ret + 8, true);
                    var len33 = dataView(memory0).getUint32(ret + 12, true);
                    var result33 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr33, len33));
                    variant36= {
                      tag: 'invalid-secret',
                      val: result33
                    };
                    break;
                  }
                  case 5: {
                    var ptr34 = dataView(memory0).getUint32(ret + 8, true);
                    var len34 = dataView(memory0).getUint32(ret + 12, true);
                    var result34 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr34, len34));
                    variant36= {
                      tag: 'invalid-random',
                      val: result34
                    };
                    break;
                  }
                  case 6: {
                    variant36= {
                      tag: 'invalid-max-length',
                      val: dataView(memory0).getInt32(ret + 8, true) >>> 0
                    };
                    break;
                  }
                  case 7: {
                    var ptr35 = dataView(memory0).getUint32(ret + 8, true);
                    var len35 = dataView(memory0).getUint32(ret + 12, true);
                    var result35 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr35, len35));
                    variant36= {
                      tag: 'invalid-reference-id',
                      val: result35
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for ApiError');
                  }
                }
                variant37= {
                  tag: 'err',
                  val: variant36
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="send-message"][Instruction::Return]', {
              funcName: 'send-message',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant37;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn5(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let botApi030React;
    
    function react(arg0, arg1, arg2, arg3, arg4) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'botApi030React',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var encodeRes = _utf8AllocateAndEncode(arg0, realloc0, memory0);
            var ptr0= encodeRes.ptr;
            var len0 = encodeRes.len;
            
            
            var encodeRes = _utf8AllocateAndEncode(arg1, realloc0, memory0);
            var ptr1= encodeRes.ptr;
            var len1 = encodeRes.len;
            
            
            var encodeRes = _utf8AllocateAndEncode(arg2, realloc0, memory0);
            var ptr2= encodeRes.ptr;
            var len2 = encodeRes.len;
            
            
            var encodeRes = _utf8AllocateAndEncode(arg4, realloc0, memory0);
            var ptr3= encodeRes.ptr;
            var len3 = encodeRes.len;
            
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="react"][Instruction::CallWasm] enter', {
              funcName: 'react',
              paramCount: 9,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => botApi030React(ptr0, len0, ptr1, len1, ptr2, len2, toUint64(arg3), ptr3, len3),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant27;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                let enum4;
                switch (dataView(memory0).getUint8(ret + 8, true)) {
                  case 0: {
                    enum4 = 'get';
                    break;
                  }
                  case 1: {
                    enum4 = 'post';
                    break;
                  }
                  case 2: {
                    enum4 = 'delete';
                    break;
                  }
                  default: {
                    throw new TypeError('invalid discriminant specified for HttpMethod');
                  }
                }
                var ptr5 = dataView(memory0).getUint32(ret + 12, true);
                var len5 = dataView(memory0).getUint32(ret + 16, true);
                var result5 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr5, len5));
                var len8 = dataView(memory0).getUint32(ret + 24, true);
                var base8 = dataView(memory0).getUint32(ret + 20, true);
                if (base8 % 4 !== 0) throw new TypeError(`list pointer [${base8}] is not aligned to 4`);
                var result8 = [];
                for (let i = 0; i < len8; i++) {
                  const base = base8 + i * 16;
                  var ptr6 = dataView(memory0).getUint32(base + 0, true);
                  var len6 = dataView(memory0).getUint32(base + 4, true);
                  var result6 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr6, len6));
                  var ptr7 = dataView(memory0).getUint32(base + 8, true);
                  var len7 = dataView(memory0).getUint32(base + 12, true);
                  var result7 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr7, len7));
                  result8.push([result6, result7]);
                }
                var ptr9 = dataView(memory0).getUint32(ret + 28, true);
                var len9 = dataView(memory0).getUint32(ret + 32, true);
                var result9 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr9, len9));
                let variant19;
                switch (dataView(memory0).getUint8(ret + 40, true)) {
                  case 0: {
                    variant19 = undefined;
                    break;
                  }
                  case 1: {
                    var ptr10 = dataView(memory0).getUint32(ret + 52, true);
                    var len10 = dataView(memory0).getUint32(ret + 56, true);
                    var result10 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr10, len10));
                    let variant11;
                    switch (dataView(memory0).getUint8(ret + 64, true)) {
                      case 0: {
                        variant11 = undefined;
                        break;
                      }
                      case 1: {
                        variant11 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 72, true)));
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    let variant13;
                    switch (dataView(memory0).getUint8(ret + 80, true)) {
                      case 0: {
                        variant13 = undefined;
                        break;
                      }
                      case 1: {
                        var ptr12 = dataView(memory0).getUint32(ret + 84, true);
                        var len12 = dataView(memory0).getUint32(ret + 88, true);
                        var result12 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr12, len12));
                        variant13 = result12;
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    var bool14 = dataView(memory0).getUint8(ret + 92, true);
                    let variant15;
                    switch (dataView(memory0).getUint8(ret + 96, true)) {
                      case 0: {
                        variant15 = undefined;
                        break;
                      }
                      case 1: {
                        variant15 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 104, true)));
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    let variant17;
                    switch (dataView(memory0).getUint8(ret + 112, true)) {
                      case 0: {
                        variant17 = undefined;
                        break;
                      }
                      case 1: {
                        var ptr16 = dataView(memory0).getUint32(ret + 116, true);
                        var len16 = dataView(memory0).getUint32(ret + 120, true);
                        var result16 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr16, len16));
                        variant17 = result16;
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    let variant18;
                    switch (dataView(memory0).getUint8(ret + 124, true)) {
                      case 0: {
                        variant18 = undefined;
                        break;
                      }
                      case 1: {
                        variant18 = dataView(memory0).getInt32(ret + 128, true) >>> 0;
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    variant19 = {
                      index: dataView(memory0).getInt32(ret + 48, true) >>> 0,
                      text: result10,
                      options: {
                        replyTo: variant11,
                        referenceId: variant13,
                        silent: bool14 == 0 ? false : (bool14 == 1 ? true : throwInvalidBool()),
                        threadId: variant15,
                        threadTitle: variant17,
                        maxLength: variant18,
                      },
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                variant27= {
                  tag: 'ok',
                  val: {
                    method: enum4,
                    url: result5,
                    headers: result8,
                    body: result9,
                    chunk: variant19,
                  }
                };
                break;
              }
              case 1: {
                let variant26;
                switch (dataView(memory0).getUint8(ret + 8, true)) {
                  case 0: {
                    var ptr20 = dataView(memory0).getUint32(ret + 12, true);
                    var len20 = dataView(memory0).getUint32(ret + 16, true);
                    var result20 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr20, len20));
                    variant26= {
                      tag: 'invalid-base-url',
                      val: result20
                    };
                    break;
                  }
                  case 1: {
                    var ptr21 = dataView(memory0).getUint32(ret + 12, true);
                    var len21 = dataView(memory0).getUint32(ret + 16, true);
                    var result21 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr21, len21));
                    variant26= {
                      tag: 'invalid-token',
                      val: result21
                    };
                    break;
                  }
                  case 2: {
                    variant26= {
                      tag: 'empty-message',
                    };
                    break;
                  }
                  case 3: {
                    var ptr22 = dataView(memory0).getUint32(ret + 12, true);
                    var len22 = dataView(memory0).getUint32(ret + 16, true);
                    var result22 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr22, len22));
                    variant26= {
                      tag: 'invalid-reaction',
                      val: result22
                    };
                    break;
                  }
                  case 4: {
                    var ptr23 = dataView(memory0).getUint32(ret + 12, true);
                    var len23 = dataView(memory0).getUint32(ret + 16, true);
                    var result23 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr23, len23));
                    variant26= {
                      tag: 'invalid-secret',
                      val: result23
                    };
                    break;
                  }
                  case 5: {
                    var ptr24 = dataView(memory0).getUint32(ret + 12, true);
                    var len24 = dataView(memory0).getUint32(ret + 16, true);
                    var result24 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr24, len24));
                    variant26= {
                      tag: 'invalid-random',
                      val: result24
                    };
                    break;
                  }
                  case 6: {
                    variant26= {
                      tag: 'invalid-max-length',
                      val: dataView(memory0).getInt32(ret + 12, true) >>> 0
                    };
                    break;
                  }
                  case 7: {
                    var ptr25 = dataView(memory0).getUint32(ret + 12, true);
                    var len25 = dataView(memory0).getUint32(ret + 16, true);
                    var result25 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr25, len25));
                    variant26= {
                      tag: 'invalid-reference-id',
                      val: result25
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for ApiError');
                  }
                }
                variant27= {
                  tag: 'err',
                  val: variant26
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="react"][Instruction::Return]', {
              funcName: 'react',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant27;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn6(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let botApi030RemoveReaction;
    
    function removeReaction(arg0, arg1, arg2, arg3, arg4) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'botApi030RemoveReaction',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var encodeRes = _utf8AllocateAndEncode(arg0, realloc0, memory0);
            var ptr0= encodeRes.ptr;
            var len0 = encodeRes.len;
            
            
            var encodeRes = _utf8AllocateAndEncode(arg1, realloc0, memory0);
            var ptr1= encodeRes.ptr;
            var len1 = encodeRes.len;
            
            
            var encodeRes = _utf8AllocateAndEncode(arg2, realloc0, memory0);
            var ptr2= encodeRes.ptr;
            var len2 = encodeRes.len;
            
            
            var encodeRes = _utf8AllocateAndEncode(arg4, realloc0, memory0);
            var ptr3= encodeRes.ptr;
            var len3 = encodeRes.len;
            
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="remove-reaction"][Instruction::CallWasm] enter', {
              funcName: 'remove-reaction',
              paramCount: 9,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => botApi030RemoveReaction(ptr0, len0, ptr1, len1, ptr2, len2, toUint64(arg3), ptr3, len3),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant27;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                let enum4;
                switch (dataView(memory0).getUint8(ret + 8, true)) {
                  case 0: {
                    enum4 = 'get';
                    break;
                  }
                  case 1: {
                    enum4 = 'post';
                    break;
                  }
                  case 2: {
                    enum4 = 'delete';
                    break;
                  }
                  default: {
                    throw new TypeError('invalid discriminant specified for HttpMethod');
                  }
                }
                var ptr5 = dataView(memory0).getUint32(ret + 12, true);
                var len5 = dataView(memory0).getUint32(ret + 16, true);
                var result5 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr5, len5));
                var len8 = dataView(memory0).getUint32(ret + 24, true);
                var base8 = dataView(memory0).getUint32(ret + 20, true);
                if (base8 % 4 !== 0) throw new TypeError(`list pointer [${base8}] is not aligned to 4`);
                var result8 = [];
                for (let i = 0; i < len8; i++) {
                  const base = base8 + i * 16;
                  var ptr6 = dataView(memory0).getUint32(base + 0, true);
                  var len6 = dataView(memory0).getUint32(base + 4, true);
                  var result6 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr6, len6));
                  var ptr7 = dataView(memory0).getUint32(base + 8, true);
                  var len7 = dataView(memory0).getUint32(base + 12, true);
                  var result7 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr7, len7));
                  result8.push([result6, result7]);
                }
                var ptr9 = dataView(memory0).getUint32(ret + 28, true);
                var len9 = dataView(memory0).getUint32(ret + 32, true);
                var result9 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr9, len9));
                let variant19;
                switch (dataView(memory0).getUint8(ret + 40, true)) {
                  case 0: {
                    variant19 = undefined;
                    break;
                  }
                  case 1: {
                    var ptr10 = dataView(memory0).getUint32(ret + 52, true);
                    var len10 = dataView(memory0).getUint32(ret + 56, true);
                    var result10 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr10, len10));
                    let variant11;
                    switch (dataView(memory0).getUint8(ret + 64, true)) {
                      case 0: {
                        variant11 = undefined;
                        break;
                      }
                      case 1: {
                        variant11 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 72, true)));
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    let variant13;
                    switch (dataView(memory0).getUint8(ret + 80, true)) {
                      case 0: {
                        variant13 = undefined;
                        break;
                      }
                      case 1: {
                        var ptr12 = dataView(memory0).getUint32(ret + 84, true);
                        var len12 = dataView(memory0).getUint32(ret + 88, true);
                        var result12 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr12, len12));
                        variant13 = result12;
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    var bool14 = dataView(memory0).getUint8(ret + 92, true);
                    let variant15;
                    switch (dataView(memory0).getUint8(ret + 96, true)) {
                      case 0: {
                        variant15 = undefined;
                        break;
                      }
                      case 1: {
                        variant15 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 104, true)));
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    let variant17;
                    switch (dataView(memory0).getUint8(ret + 112, true)) {
                      case 0: {
                        variant17 = undefined;
                        break;
                      }
                      case 1: {
                        var ptr16 = dataView(memory0).getUint32(ret + 116, true);
                        var len16 = dataView(memory0).getUint32(ret + 120, true);
                        var result16 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr16, len16));
                        variant17 = result16;
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    let variant18;
                    switch (dataView(memory0).getUint8(ret + 124, true)) {
                      case 0: {
                        variant18 = undefined;
                        break;
                      }
                      case 1: {
                        variant18 = dataView(memory0).getInt32(ret + 128, true) >>> 0;
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    variant19 = {
                      index: dataView(memory0).getInt32(ret + 48, true) >>> 0,
                      text: result10,
                      options: {
                        replyTo: variant11,
                        referenceId: variant13,
                        silent: bool14 == 0 ? false : (bool14 == 1 ? true : throwInvalidBool()),
                        threadId: variant15,
                        threadTitle: variant17,
                        maxLength: variant18,
                      },
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                variant27= {
                  tag: 'ok',
                  val: {
                    method: enum4,
                    url: result5,
                    headers: result8,
                    body: result9,
                    chunk: variant19,
                  }
                };
                break;
              }
              case 1: {
                let variant26;
                switch (dataView(memory0).getUint8(ret + 8, true)) {
                  case 0: {
                    var ptr20 = dataView(memory0).getUint32(ret + 12, true);
                    var len20 = dataView(memory0).getUint32(ret + 16, true);
                    var result20 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr20, len20));
                    variant26= {
                      tag: 'invalid-base-url',
                      val: result20
                    };
                    break;
                  }
                  case 1: {
                    var ptr21 = dataView(memory0).getUint32(ret + 12, true);
                    var len21 = dataView(memory0).getUint32(ret + 16, true);
                    var result21 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr21, len21));
                    variant26= {
                      tag: 'invalid-token',
                      val: result21
                    };
                    break;
                  }
                  case 2: {
                    variant26= {
                      tag: 'empty-message',
                    };
                    break;
                  }
                  case 3: {
                    var ptr22 = dataView(memory0).getUint32(ret + 12, true);
                    var len22 = dataView(memory0).getUint32(ret + 16, true);
                    var result22 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr22, len22));
                    variant26= {
                      tag: 'invalid-reaction',
                      val: result22
                    };
                    break;
                  }
                  case 4: {
                    var ptr23 = dataView(memory0).getUint32(ret + 12, true);
                    var len23 = dataView(memory0).getUint32(ret + 16, true);
                    var result23 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr23, len23));
                    variant26= {
                      tag: 'invalid-secret',
                      val: result23
                    };
                    break;
                  }
                  case 5: {
                    var ptr24 = dataView(memory0).getUint32(ret + 12, true);
                    var len24 = dataView(memory0).getUint32(ret + 16, true);
                    var result24 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr24, len24));
                    variant26= {
                      tag: 'invalid-random',
                      val: result24
                    };
                    break;
                  }
                  case 6: {
                    variant26= {
                      tag: 'invalid-max-length',
                      val: dataView(memory0).getInt32(ret + 12, true) >>> 0
                    };
                    break;
                  }
                  case 7: {
                    var ptr25 = dataView(memory0).getUint32(ret + 12, true);
                    var len25 = dataView(memory0).getUint32(ret + 16, true);
                    var result25 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr25, len25));
                    variant26= {
                      tag: 'invalid-reference-id',
                      val: result25
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for ApiError');
                  }
                }
                variant27= {
                  tag: 'err',
                  val: variant26
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="remove-reaction"][Instruction::Return]', {
              funcName: 'remove-reaction',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant27;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn6(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let botApi030SplitAgain;
    
    function splitAgain(arg0, arg1, arg2, arg3, arg4) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'botApi030SplitAgain',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var ptr0 = realloc0(0, 0, 8, 160);
            
            var encodeRes = _utf8AllocateAndEncode(arg0, realloc0, memory0);
            var ptr1= encodeRes.ptr;
            var len1 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 4, len1, true);
            dataView(memory0).setUint32(ptr0 + 0, ptr1, true);
            
            var encodeRes = _utf8AllocateAndEncode(arg1, realloc0, memory0);
            var ptr2= encodeRes.ptr;
            var len2 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 12, len2, true);
            dataView(memory0).setUint32(ptr0 + 8, ptr2, true);
            
            var encodeRes = _utf8AllocateAndEncode(arg2, realloc0, memory0);
            var ptr3= encodeRes.ptr;
            var len3 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 20, len3, true);
            dataView(memory0).setUint32(ptr0 + 16, ptr3, true);
            var {method: v4_0, url: v4_1, headers: v4_2, body: v4_3, chunk: v4_4 } = arg3;
            var val5 = v4_0;
            let enum5;
            switch (val5) {
              case 'get': {
                enum5 = 0;
                break;
              }
              case 'post': {
                enum5 = 1;
                break;
              }
              case 'delete': {
                enum5 = 2;
                break;
              }
              default: {
                if ((v4_0) instanceof Error) {
                  console.error(v4_0);
                }
                
                throw new TypeError(`"${val5}" is not one of the cases of http-method`);
              }
            }
            dataView(memory0).setInt8(ptr0 + 24, enum5, true);
            
            var encodeRes = _utf8AllocateAndEncode(v4_1, realloc0, memory0);
            var ptr6= encodeRes.ptr;
            var len6 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 32, len6, true);
            dataView(memory0).setUint32(ptr0 + 28, ptr6, true);
            var vec10 = v4_2;
            var len10 = vec10.length;
            var result10 = realloc0(0, 0, 4, len10 * 16);
            for (let i = 0; i < vec10.length; i++) {
              const e = vec10[i];
              const base = result10 + i * 16;var [tuple7_0, tuple7_1] = e;
              
              var encodeRes = _utf8AllocateAndEncode(tuple7_0, realloc0, memory0);
              var ptr8= encodeRes.ptr;
              var len8 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len8, true);
              dataView(memory0).setUint32(base + 0, ptr8, true);
              
              var encodeRes = _utf8AllocateAndEncode(tuple7_1, realloc0, memory0);
              var ptr9= encodeRes.ptr;
              var len9 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 12, len9, true);
              dataView(memory0).setUint32(base + 8, ptr9, true);
            }
            dataView(memory0).setUint32(ptr0 + 40, len10, true);
            dataView(memory0).setUint32(ptr0 + 36, result10, true);
            
            var encodeRes = _utf8AllocateAndEncode(v4_3, realloc0, memory0);
            var ptr11= encodeRes.ptr;
            var len11 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 48, len11, true);
            dataView(memory0).setUint32(ptr0 + 44, ptr11, true);
            var variant22 = v4_4;
            if (variant22 === null || variant22=== undefined) {
              dataView(memory0).setInt8(ptr0 + 56, 0, true);
            } else {
              const e = variant22;
              dataView(memory0).setInt8(ptr0 + 56, 1, true);
              var {index: v12_0, text: v12_1, options: v12_2 } = e;
              dataView(memory0).setInt32(ptr0 + 64, toUint32(v12_0), true);
              
              var encodeRes = _utf8AllocateAndEncode(v12_1, realloc0, memory0);
              var ptr13= encodeRes.ptr;
              var len13 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 72, len13, true);
              dataView(memory0).setUint32(ptr0 + 68, ptr13, true);
              var {replyTo: v14_0, referenceId: v14_1, silent: v14_2, threadId: v14_3, threadTitle: v14_4, maxLength: v14_5 } = v12_2;
              var variant15 = v14_0;
              if (variant15 === null || variant15=== undefined) {
                dataView(memory0).setInt8(ptr0 + 80, 0, true);
              } else {
                const e = variant15;
                dataView(memory0).setInt8(ptr0 + 80, 1, true);
                dataView(memory0).setBigInt64(ptr0 + 88, toUint64(e), true);
              }
              var variant17 = v14_1;
              if (variant17 === null || variant17=== undefined) {
                dataView(memory0).setInt8(ptr0 + 96, 0, true);
              } else {
                const e = variant17;
                dataView(memory0).setInt8(ptr0 + 96, 1, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr16= encodeRes.ptr;
                var len16 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 104, len16, true);
                dataView(memory0).setUint32(ptr0 + 100, ptr16, true);
              }
              dataView(memory0).setInt8(ptr0 + 108, v14_2 ? 1 : 0, true);
              var variant18 = v14_3;
              if (variant18 === null || variant18=== undefined) {
                dataView(memory0).setInt8(ptr0 + 112, 0, true);
              } else {
                const e = variant18;
                dataView(memory0).setInt8(ptr0 + 112, 1, true);
                dataView(memory0).setBigInt64(ptr0 + 120, toUint64(e), true);
              }
              var variant20 = v14_4;
              if (variant20 === null || variant20=== undefined) {
                dataView(memory0).setInt8(ptr0 + 128, 0, true);
              } else {
                const e = variant20;
                dataView(memory0).setInt8(ptr0 + 128, 1, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr19= encodeRes.ptr;
                var len19 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 136, len19, true);
                dataView(memory0).setUint32(ptr0 + 132, ptr19, true);
              }
              var variant21 = v14_5;
              if (variant21 === null || variant21=== undefined) {
                dataView(memory0).setInt8(ptr0 + 140, 0, true);
              } else {
                const e = variant21;
                dataView(memory0).setInt8(ptr0 + 140, 1, true);
                dataView(memory0).setInt32(ptr0 + 144, toUint32(e), true);
              }
            }
            dataView(memory0).setInt32(ptr0 + 152, toUint32(arg4), true);
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="split-again"][Instruction::CallWasm] enter', {
              funcName: 'split-again',
              paramCount: 1,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => botApi030SplitAgain(ptr0),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant47;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var len39 = dataView(memory0).getUint32(ret + 8, true);
                var base39 = dataView(memory0).getUint32(ret + 4, true);
                if (base39 % 8 !== 0) throw new TypeError(`list pointer [${base39}] is not aligned to 8`);
                var result39 = [];
                for (let i = 0; i < len39; i++) {
                  const base = base39 + i * 128;
                  let enum23;
                  switch (dataView(memory0).getUint8(base + 0, true)) {
                    case 0: {
                      enum23 = 'get';
                      break;
                    }
                    case 1: {
                      enum23 = 'post';
                      break;
                    }
                    case 2: {
                      enum23 = 'delete';
                      break;
                    }
                    default: {
                      throw new TypeError('invalid discriminant specified for HttpMethod');
                    }
                  }
                  var ptr24 = dataView(memory0).getUint32(base + 4, true);
                  var len24 = dataView(memory0).getUint32(base + 8, true);
                  var result24 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr24, len24));
                  var len27 = dataView(memory0).getUint32(base + 16, true);
                  var base27 = dataView(memory0).getUint32(base + 12, true);
                  if (base27 % 4 !== 0) throw new TypeError(`list pointer [${base27}] is not aligned to 4`);
                  var result27 = [];
                  for (let i = 0; i < len27; i++) {
                    const base = base27 + i * 16;
                    var ptr25 = dataView(memory0).getUint32(base + 0, true);
                    var len25 = dataView(memory0).getUint32(base + 4, true);
                    var result25 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr25, len25));
                    var ptr26 = dataView(memory0).getUint32(base + 8, true);
                    var len26 = dataView(memory0).getUint32(base + 12, true);
                    var result26 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr26, len26));
                    result27.push([result25, result26]);
                  }
                  var ptr28 = dataView(memory0).getUint32(base + 20, true);
                  var len28 = dataView(memory0).getUint32(base + 24, true);
                  var result28 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr28, len28));
                  let variant38;
                  switch (dataView(memory0).getUint8(base + 32, true)) {
                    case 0: {
                      variant38 = undefined;
                      break;
                    }
                    case 1: {
                      var ptr29 = dataView(memory0).getUint32(base + 44, true);
                      var len29 = dataView(memory0).getUint32(base + 48, true);
                      var result29 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr29, len29));
                      let variant30;
                      switch (dataView(memory0).getUint8(base + 56, true)) {
                        case 0: {
                          variant30 = undefined;
                          break;
                        }
                        case 1: {
                          variant30 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(base + 64, true)));
                          break;
                        }
                        default: {
                          throw new TypeError('invalid variant discriminant for option');
                        }
                      }
                      let variant32;
                      switch (dataView(memory0).getUint8(base + 72, true)) {
                        case 0: {
                          variant32 = undefined;
                          break;
                        }
                        case 1: {
                          var ptr31 = dataView(memory0).getUint32(base + 76, true);
                          var len31 = dataView(memory0).getUint32(base + 80, true);
                          var result31 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr31, len31));
                          variant32 = result31;
                          break;
                        }
                        default: {
                          throw new TypeError('invalid variant discriminant for option');
                        }
                      }
                      var bool33 = dataView(memory0).getUint8(base + 84, true);
                      let variant34;
                      switch (dataView(memory0).getUint8(base + 88, true)) {
                        case 0: {
                          variant34 = undefined;
                          break;
                        }
                        case 1: {
                          variant34 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(base + 96, true)));
                          break;
                        }
                        default: {
                          throw new TypeError('invalid variant discriminant for option');
                        }
                      }
                      let variant36;
                      switch (dataView(memory0).getUint8(base + 104, true)) {
                        case 0: {
                          variant36 = undefined;
                          break;
                        }
                        case 1: {
                          var ptr35 = dataView(memory0).getUint32(base + 108, true);
                          var len35 = dataView(memory0).getUint32(base + 112, true);
                          var result35 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr35, len35));
                          variant36 = result35;
                          break;
                        }
                        default: {
                          throw new TypeError('invalid variant discriminant for option');
                        }
                      }
                      let variant37;
                      switch (dataView(memory0).getUint8(base + 116, true)) {
                        case 0: {
                          variant37 = undefined;
                          break;
                        }
                        case 1: {
                          variant37 = dataView(memory0).getInt32(base + 120, true) >>> 0;
                          break;
                        }
                        default: {
                          throw new TypeError('invalid variant discriminant for option');
                        }
                      }
                      variant38 = {
                        index: dataView(memory0).getInt32(base + 40, true) >>> 0,
                        text: result29,
                        options: {
                          replyTo: variant30,
                          referenceId: variant32,
                          silent: bool33 == 0 ? false : (bool33 == 1 ? true : throwInvalidBool()),
                          threadId: variant34,
                          threadTitle: variant36,
                          maxLength: variant37,
                        },
                      };
                      break;
                    }
                    default: {
                      throw new TypeError('invalid variant discriminant for option');
                    }
                  }
                  result39.push({
                    method: enum23,
                    url: result24,
                    headers: result27,
                    body: result28,
                    chunk: variant38,
                  });
                }
                variant47= {
                  tag: 'ok',
                  val: result39
                };
                break;
              }
              case 1: {
                let variant46;
                switch (dataView(memory0).getUint8(ret + 4, true)) {
                  case 0: {
                    var ptr40 = dataView(memory0).getUint32(ret + 8, true);
                    var len40 = dataView(memory0).getUint32(ret + 12, true);
                    var result40 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr40, len40));
                    variant46= {
                      tag: 'invalid-base-url',
                      val: result40
                    };
                    break;
                  }
                  case 1: {
                    var ptr41 = dataView(memory0).getUint32(ret + 8, true);
                    var len41 = dataView(memory0).getUint32(ret + 12, true);
                    var result41 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr41, len41));
                    variant46= {
                      tag: 'invalid-token',
                      val: result41
                    };
                    break;
                  }
                  case 2: {
                    variant46= {
                      tag: 'empty-message',
                    };
                    break;
                  }
                  case 3: {
                    var ptr42 = dataView(memory0).getUint32(ret + 8, true);
                    var len42 = dataView(memory0).getUint32(ret + 12, true);
                    var result42 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr42, len42));
                    variant46= {
                      tag: 'invalid-reaction',
                      val: result42
                    };
                    break;
                  }
                  case 4: {
                    var ptr43 = dataView(memory0).getUint32(ret + 8, true);
                    var len43 = dataView(memory0).getUint32(ret + 12, true);
                    var result43 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr43, len43));
                    variant46= {
                      tag: 'invalid-secret',
                      val: result43
                    };
                    break;
                  }
                  case 5: {
                    var ptr44 = dataView(memory0).getUint32(ret + 8, true);
                    var len44 = dataView(memory0).getUint32(ret + 12, true);
                    var result44 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr44, len44));
                    variant46= {
                      tag: 'invalid-random',
                      val: result44
                    };
                    break;
                  }
                  case 6: {
                    variant46= {
                      tag: 'invalid-max-length',
                      val: dataView(memory0).getInt32(ret + 8, true) >>> 0
                    };
                    break;
                  }
                  case 7: {
                    var ptr45 = dataView(memory0).getUint32(ret + 8, true);
                    var len45 = dataView(memory0).getUint32(ret + 12, true);
                    var result45 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr45, len45));
                    variant46= {
                      tag: 'invalid-reference-id',
                      val: result45
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for ApiError');
                  }
                }
                variant47= {
                  tag: 'err',
                  val: variant46
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="split-again"][Instruction::Return]', {
              funcName: 'split-again',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant47;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn5(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let botApi030SplitMessage;
    
    function splitMessage(arg0, arg1) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'botApi030SplitMessage',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var encodeRes = _utf8AllocateAndEncode(arg0, realloc0, memory0);
            var ptr0= encodeRes.ptr;
            var len0 = encodeRes.len;
            
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="split-message"][Instruction::CallWasm] enter', {
              funcName: 'split-message',
              paramCount: 3,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => botApi030SplitMessage(ptr0, len0, toUint32(arg1)),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant10;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var len2 = dataView(memory0).getUint32(ret + 8, true);
                var base2 = dataView(memory0).getUint32(ret + 4, true);
                if (base2 % 4 !== 0) throw new TypeError(`list pointer [${base2}] is not aligned to 4`);
                var result2 = [];
                for (let i = 0; i < len2; i++) {
                  const base = base2 + i * 8;
                  var ptr1 = dataView(memory0).getUint32(base + 0, true);
                  var len1 = dataView(memory0).getUint32(base + 4, true);
                  var result1 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr1, len1));
                  result2.push(result1);
                }
                variant10= {
                  tag: 'ok',
                  val: result2
                };
                break;
              }
              case 1: {
                let variant9;
                switch (dataView(memory0).getUint8(ret + 4, true)) {
                  case 0: {
                    var ptr3 = dataView(memory0).getUint32(ret + 8, true);
                    var len3 = dataView(memory0).getUint32(ret + 12, true);
                    var result3 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr3, len3));
                    variant9= {
                      tag: 'invalid-base-url',
                      val: result3
                    };
                    break;
                  }
                  case 1: {
                    var ptr4 = dataView(memory0).getUint32(ret + 8, true);
                    var len4 = dataView(memory0).getUint32(ret + 12, true);
                    var result4 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr4, len4));
                    variant9= {
                      tag: 'invalid-token',
                      val: result4
                    };
                    break;
                  }
                  case 2: {
                    variant9= {
                      tag: 'empty-message',
                    };
                    break;
                  }
                  case 3: {
                    var ptr5 = dataView(memory0).getUint32(ret + 8, true);
                    var len5 = dataView(memory0).getUint32(ret + 12, true);
                    var result5 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr5, len5));
                    variant9= {
                      tag: 'invalid-reaction',
                      val: result5
                    };
                    break;
                  }
                  case 4: {
                    var ptr6 = dataView(memory0).getUint32(ret + 8, true);
                    var len6 = dataView(memory0).getUint32(ret + 12, true);
                    var result6 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr6, len6));
                    variant9= {
                      tag: 'invalid-secret',
                      val: result6
                    };
                    break;
                  }
                  case 5: {
                    var ptr7 = dataView(memory0).getUint32(ret + 8, true);
                    var len7 = dataView(memory0).getUint32(ret + 12, true);
                    var result7 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr7, len7));
                    variant9= {
                      tag: 'invalid-random',
                      val: result7
                    };
                    break;
                  }
                  case 6: {
                    variant9= {
                      tag: 'invalid-max-length',
                      val: dataView(memory0).getInt32(ret + 8, true) >>> 0
                    };
                    break;
                  }
                  case 7: {
                    var ptr8 = dataView(memory0).getUint32(ret + 8, true);
                    var len8 = dataView(memory0).getUint32(ret + 12, true);
                    var result8 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr8, len8));
                    variant9= {
                      tag: 'invalid-reference-id',
                      val: result8
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for ApiError');
                  }
                }
                variant10= {
                  tag: 'err',
                  val: variant9
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="split-message"][Instruction::Return]', {
              funcName: 'split-message',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant10;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn7(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let botApi030AskFeatures;
    
    function askFeatures(arg0, arg1, arg2) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'botApi030AskFeatures',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var encodeRes = _utf8AllocateAndEncode(arg0, realloc0, memory0);
            var ptr0= encodeRes.ptr;
            var len0 = encodeRes.len;
            
            
            var encodeRes = _utf8AllocateAndEncode(arg1, realloc0, memory0);
            var ptr1= encodeRes.ptr;
            var len1 = encodeRes.len;
            
            
            var encodeRes = _utf8AllocateAndEncode(arg2, realloc0, memory0);
            var ptr2= encodeRes.ptr;
            var len2 = encodeRes.len;
            
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="ask-features"][Instruction::CallWasm] enter', {
              funcName: 'ask-features',
              paramCount: 6,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => botApi030AskFeatures(ptr0, len0, ptr1, len1, ptr2, len2),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant26;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                let enum3;
                switch (dataView(memory0).getUint8(ret + 8, true)) {
                  case 0: {
                    enum3 = 'get';
                    break;
                  }
                  case 1: {
                    enum3 = 'post';
                    break;
                  }
                  case 2: {
                    enum3 = 'delete';
                    break;
                  }
                  default: {
                    throw new TypeError('invalid discriminant specified for HttpMethod');
                  }
                }
                var ptr4 = dataView(memory0).getUint32(ret + 12, true);
                var len4 = dataView(memory0).getUint32(ret + 16, true);
                var result4 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr4, len4));
                var len7 = dataView(memory0).getUint32(ret + 24, true);
                var base7 = dataView(memory0).getUint32(ret + 20, true);
                if (base7 % 4 !== 0) throw new TypeError(`list pointer [${base7}] is not aligned to 4`);
                var result7 = [];
                for (let i = 0; i < len7; i++) {
                  const base = base7 + i * 16;
                  var ptr5 = dataView(memory0).getUint32(base + 0, true);
                  var len5 = dataView(memory0).getUint32(base + 4, true);
                  var result5 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr5, len5));
                  var ptr6 = dataView(memory0).getUint32(base + 8, true);
                  var len6 = dataView(memory0).getUint32(base + 12, true);
                  var result6 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr6, len6));
                  result7.push([result5, result6]);
                }
                var ptr8 = dataView(memory0).getUint32(ret + 28, true);
                var len8 = dataView(memory0).getUint32(ret + 32, true);
                var result8 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr8, len8));
                let variant18;
                switch (dataView(memory0).getUint8(ret + 40, true)) {
                  case 0: {
                    variant18 = undefined;
                    break;
                  }
                  case 1: {
                    var ptr9 = dataView(memory0).getUint32(ret + 52, true);
                    var len9 = dataView(memory0).getUint32(ret + 56, true);
                    var result9 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr9, len9));
                    let variant10;
                    switch (dataView(memory0).getUint8(ret + 64, true)) {
                      case 0: {
                        variant10 = undefined;
                        break;
                      }
                      case 1: {
                        variant10 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 72, true)));
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    let variant12;
                    switch (dataView(memory0).getUint8(ret + 80, true)) {
                      case 0: {
                        variant12 = undefined;
                        break;
                      }
                      case 1: {
                        var ptr11 = dataView(memory0).getUint32(ret + 84, true);
                        var len11 = dataView(memory0).getUint32(ret + 88, true);
                        var result11 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr11, len11));
                        variant12 = result11;
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    var bool13 = dataView(memory0).getUint8(ret + 92, true);
                    let variant14;
                    switch (dataView(memory0).getUint8(ret + 96, true)) {
                      case 0: {
                        variant14 = undefined;
                        break;
                      }
                      case 1: {
                        variant14 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 104, true)));
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    let variant16;
                    switch (dataView(memory0).getUint8(ret + 112, true)) {
                      case 0: {
                        variant16 = undefined;
                        break;
                      }
                      case 1: {
                        var ptr15 = dataView(memory0).getUint32(ret + 116, true);
                        var len15 = dataView(memory0).getUint32(ret + 120, true);
                        var result15 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr15, len15));
                        variant16 = result15;
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    let variant17;
                    switch (dataView(memory0).getUint8(ret + 124, true)) {
                      case 0: {
                        variant17 = undefined;
                        break;
                      }
                      case 1: {
                        variant17 = dataView(memory0).getInt32(ret + 128, true) >>> 0;
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    variant18 = {
                      index: dataView(memory0).getInt32(ret + 48, true) >>> 0,
                      text: result9,
                      options: {
                        replyTo: variant10,
                        referenceId: variant12,
                        silent: bool13 == 0 ? false : (bool13 == 1 ? true : throwInvalidBool()),
                        threadId: variant14,
                        threadTitle: variant16,
                        maxLength: variant17,
                      },
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                variant26= {
                  tag: 'ok',
                  val: {
                    method: enum3,
                    url: result4,
                    headers: result7,
                    body: result8,
                    chunk: variant18,
                  }
                };
                break;
              }
              case 1: {
                let variant25;
                switch (dataView(memory0).getUint8(ret + 8, true)) {
                  case 0: {
                    var ptr19 = dataView(memory0).getUint32(ret + 12, true);
                    var len19 = dataView(memory0).getUint32(ret + 16, true);
                    var result19 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr19, len19));
                    variant25= {
                      tag: 'invalid-base-url',
                      val: result19
                    };
                    break;
                  }
                  case 1: {
                    var ptr20 = dataView(memory0).getUint32(ret + 12, true);
                    var len20 = dataView(memory0).getUint32(ret + 16, true);
                    var result20 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr20, len20));
                    variant25= {
                      tag: 'invalid-token',
                      val: result20
                    };
                    break;
                  }
                  case 2: {
                    variant25= {
                      tag: 'empty-message',
                    };
                    break;
                  }
                  case 3: {
                    var ptr21 = dataView(memory0).getUint32(ret + 12, true);
                    var len21 = dataView(memory0).getUint32(ret + 16, true);
                    var result21 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr21, len21));
                    variant25= {
                      tag: 'invalid-reaction',
                      val: result21
                    };
                    break;
                  }
                  case 4: {
                    var ptr22 = dataView(memory0).getUint32(ret + 12, true);
                    var len22 = dataView(memory0).getUint32(ret + 16, true);
                    var result22 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr22, len22));
                    variant25= {
                      tag: 'invalid-secret',
                      val: result22
                    };
                    break;
                  }
                  case 5: {
                    var ptr23 = dataView(memory0).getUint32(ret + 12, true);
                    var len23 = dataView(memory0).getUint32(ret + 16, true);
                    var result23 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr23, len23));
                    variant25= {
                      tag: 'invalid-random',
                      val: result23
                    };
                    break;
                  }
                  case 6: {
                    variant25= {
                      tag: 'invalid-max-length',
                      val: dataView(memory0).getInt32(ret + 12, true) >>> 0
                    };
                    break;
                  }
                  case 7: {
                    var ptr24 = dataView(memory0).getUint32(ret + 12, true);
                    var len24 = dataView(memory0).getUint32(ret + 16, true);
                    var result24 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr24, len24));
                    variant25= {
                      tag: 'invalid-reference-id',
                      val: result24
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for ApiError');
                  }
                }
                variant26= {
                  tag: 'err',
                  val: variant25
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="ask-features"][Instruction::Return]', {
              funcName: 'ask-features',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant26;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn6(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let botApi030Sign;
    
    function sign(arg0, arg1, arg2) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'botApi030Sign',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var encodeRes = _utf8AllocateAndEncode(arg0, realloc0, memory0);
            var ptr0= encodeRes.ptr;
            var len0 = encodeRes.len;
            
            
            var encodeRes = _utf8AllocateAndEncode(arg1, realloc0, memory0);
            var ptr1= encodeRes.ptr;
            var len1 = encodeRes.len;
            
            
            var encodeRes = _utf8AllocateAndEncode(arg2, realloc0, memory0);
            var ptr2= encodeRes.ptr;
            var len2 = encodeRes.len;
            
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="sign"][Instruction::CallWasm] enter', {
              funcName: 'sign',
              paramCount: 6,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => botApi030Sign(ptr0, len0, ptr1, len1, ptr2, len2),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            var ptr3 = dataView(memory0).getUint32(ret + 0, true);
            var len3 = dataView(memory0).getUint32(ret + 4, true);
            var result3 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr3, len3));
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="sign"][Instruction::Return]', {
              funcName: 'sign',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([result3]);
            const retCopy = result3;
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn3(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let botApi030ReferenceId;
    
    function referenceId(arg0, arg1, arg2, arg3) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'botApi030ReferenceId',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var encodeRes = _utf8AllocateAndEncode(arg0, realloc0, memory0);
            var ptr0= encodeRes.ptr;
            var len0 = encodeRes.len;
            
            
            var encodeRes = _utf8AllocateAndEncode(arg1, realloc0, memory0);
            var ptr1= encodeRes.ptr;
            var len1 = encodeRes.len;
            
            
            var encodeRes = _utf8AllocateAndEncode(arg2, realloc0, memory0);
            var ptr2= encodeRes.ptr;
            var len2 = encodeRes.len;
            
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="reference-id"][Instruction::CallWasm] enter', {
              funcName: 'reference-id',
              paramCount: 7,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => botApi030ReferenceId(ptr0, len0, ptr1, len1, ptr2, len2, toUint32(arg3)),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            var ptr3 = dataView(memory0).getUint32(ret + 0, true);
            var len3 = dataView(memory0).getUint32(ret + 4, true);
            var result3 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr3, len3));
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="reference-id"][Instruction::Return]', {
              funcName: 'reference-id',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([result3]);
            const retCopy = result3;
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn3(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let botApi030DeriveReferenceId;
    
    function deriveReferenceId(arg0, arg1) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'botApi030DeriveReferenceId',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var encodeRes = _utf8AllocateAndEncode(arg0, realloc0, memory0);
            var ptr0= encodeRes.ptr;
            var len0 = encodeRes.len;
            
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="derive-reference-id"][Instruction::CallWasm] enter', {
              funcName: 'derive-reference-id',
              paramCount: 3,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => botApi030DeriveReferenceId(ptr0, len0, toUint32(arg1)),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            var ptr1 = dataView(memory0).getUint32(ret + 0, true);
            var len1 = dataView(memory0).getUint32(ret + 4, true);
            var result1 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr1, len1));
            _debugLog('[iface="nextcloud:talk-bot/bot-api@0.3.0", function="derive-reference-id"][Instruction::Return]', {
              funcName: 'derive-reference-id',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([result1]);
            const retCopy = result1;
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn3(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030Admit;
    
    function admit(arg0, arg1, arg2, arg3) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030Admit',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var ptr0 = realloc0(0, 0, 8, 296);
            var {backend: v1_0, backendIndex: v1_1, backendHeader: v1_2, event: v1_3 } = arg0;
            
            var encodeRes = _utf8AllocateAndEncode(v1_0, realloc0, memory0);
            var ptr2= encodeRes.ptr;
            var len2 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 4, len2, true);
            dataView(memory0).setUint32(ptr0 + 0, ptr2, true);
            dataView(memory0).setInt32(ptr0 + 8, toUint32(v1_1), true);
            var variant4 = v1_2;
            if (variant4 === null || variant4=== undefined) {
              dataView(memory0).setInt8(ptr0 + 12, 0, true);
            } else {
              const e = variant4;
              dataView(memory0).setInt8(ptr0 + 12, 1, true);
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr3= encodeRes.ptr;
              var len3 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 20, len3, true);
              dataView(memory0).setUint32(ptr0 + 16, ptr3, true);
            }
            var {kind: v5_0, actor: v5_1, conversation: v5_2, message: v5_3, published: v5_4 } = v1_3;
            var variant40 = v5_0;
            switch (variant40.tag) {
              case 'create': {
                const e = variant40.val;
                dataView(memory0).setInt8(ptr0 + 24, 0, true);
                var variant29 = e;
                if (variant29 === null || variant29=== undefined) {
                  dataView(memory0).setInt8(ptr0 + 32, 0, true);
                } else {
                  const e = variant29;
                  dataView(memory0).setInt8(ptr0 + 32, 1, true);
                  var {author: v6_0, message: v6_1 } = e;
                  var {kind: v7_0, id: v7_1, rawId: v7_2, name: v7_3, participantType: v7_4 } = v6_0;
                  var variant9 = v7_0;
                  switch (variant9.tag) {
                    case 'users': {
                      dataView(memory0).setInt8(ptr0 + 40, 0, true);
                      break;
                    }
                    case 'guests': {
                      dataView(memory0).setInt8(ptr0 + 40, 1, true);
                      break;
                    }
                    case 'emails': {
                      dataView(memory0).setInt8(ptr0 + 40, 2, true);
                      break;
                    }
                    case 'federated-users': {
                      dataView(memory0).setInt8(ptr0 + 40, 3, true);
                      break;
                    }
                    case 'bots': {
                      dataView(memory0).setInt8(ptr0 + 40, 4, true);
                      break;
                    }
                    case 'bridged': {
                      dataView(memory0).setInt8(ptr0 + 40, 5, true);
                      break;
                    }
                    case 'deleted-users': {
                      dataView(memory0).setInt8(ptr0 + 40, 6, true);
                      break;
                    }
                    case 'other': {
                      const e = variant9.val;
                      dataView(memory0).setInt8(ptr0 + 40, 7, true);
                      
                      var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                      var ptr8= encodeRes.ptr;
                      var len8 = encodeRes.len;
                      
                      dataView(memory0).setUint32(ptr0 + 48, len8, true);
                      dataView(memory0).setUint32(ptr0 + 44, ptr8, true);
                      break;
                    }
                    default: {
                      throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant9.tag)}\` (received \`${variant9}\`) specified for \`ActorKind\``);
                    }
                  }
                  
                  var encodeRes = _utf8AllocateAndEncode(v7_1, realloc0, memory0);
                  var ptr10= encodeRes.ptr;
                  var len10 = encodeRes.len;
                  
                  dataView(memory0).setUint32(ptr0 + 56, len10, true);
                  dataView(memory0).setUint32(ptr0 + 52, ptr10, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v7_2, realloc0, memory0);
                  var ptr11= encodeRes.ptr;
                  var len11 = encodeRes.len;
                  
                  dataView(memory0).setUint32(ptr0 + 64, len11, true);
                  dataView(memory0).setUint32(ptr0 + 60, ptr11, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v7_3, realloc0, memory0);
                  var ptr12= encodeRes.ptr;
                  var len12 = encodeRes.len;
                  
                  dataView(memory0).setUint32(ptr0 + 72, len12, true);
                  dataView(memory0).setUint32(ptr0 + 68, ptr12, true);
                  var variant13 = v7_4;
                  if (variant13 === null || variant13=== undefined) {
                    dataView(memory0).setInt8(ptr0 + 76, 0, true);
                  } else {
                    const e = variant13;
                    dataView(memory0).setInt8(ptr0 + 76, 1, true);
                    dataView(memory0).setInt8(ptr0 + 77, toUint8(e), true);
                  }
                  var {id: v14_0, name: v14_1, template: v14_2, parameters: v14_3, mediaType: v14_4, contentJson: v14_5 } = v6_1;
                  dataView(memory0).setBigInt64(ptr0 + 80, toUint64(v14_0), true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v14_1, realloc0, memory0);
                  var ptr15= encodeRes.ptr;
                  var len15 = encodeRes.len;
                  
                  dataView(memory0).setUint32(ptr0 + 92, len15, true);
                  dataView(memory0).setUint32(ptr0 + 88, ptr15, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v14_2, realloc0, memory0);
                  var ptr16= encodeRes.ptr;
                  var len16 = encodeRes.len;
                  
                  dataView(memory0).setUint32(ptr0 + 100, len16, true);
                  dataView(memory0).setUint32(ptr0 + 96, ptr16, true);
                  var vec26 = v14_3;
                  var len26 = vec26.length;
                  var result26 = realloc0(0, 0, 4, len26 * 40);
                  for (let i = 0; i < vec26.length; i++) {
                    const e = vec26[i];
                    const base = result26 + i * 40;var {key: v17_0, objectType: v17_1, id: v17_2, name: v17_3, fields: v17_4 } = e;
                    
                    var encodeRes = _utf8AllocateAndEncode(v17_0, realloc0, memory0);
                    var ptr18= encodeRes.ptr;
                    var len18 = encodeRes.len;
                    
                    dataView(memory0).setUint32(base + 4, len18, true);
                    dataView(memory0).setUint32(base + 0, ptr18, true);
                    
                    var encodeRes = _utf8AllocateAndEncode(v17_1, realloc0, memory0);
                    var ptr19= encodeRes.ptr;
                    var len19 = encodeRes.len;
                    
                    dataView(memory0).setUint32(base + 12, len19, true);
                    dataView(memory0).setUint32(base + 8, ptr19, true);
                    
                    var encodeRes = _utf8AllocateAndEncode(v17_2, realloc0, memory0);
                    var ptr20= encodeRes.ptr;
                    var len20 = encodeRes.len;
                    
                    dataView(memory0).setUint32(base + 20, len20, true);
                    dataView(memory0).setUint32(base + 16, ptr20, true);
                    
                    var encodeRes = _utf8AllocateAndEncode(v17_3, realloc0, memory0);
                    var ptr21= encodeRes.ptr;
                    var len21 = encodeRes.len;
                    
                    dataView(memory0).setUint32(base + 28, len21, true);
                    dataView(memory0).setUint32(base + 24, ptr21, true);
                    var vec25 = v17_4;
                    var len25 = vec25.length;
                    var result25 = realloc0(0, 0, 4, len25 * 20);
                    for (let i = 0; i < vec25.length; i++) {
                      const e = vec25[i];
                      const base = result25 + i * 20;var {name: v22_0, value: v22_1, isJson: v22_2 } = e;
                      
                      var encodeRes = _utf8AllocateAndEncode(v22_0, realloc0, memory0);
                      var ptr23= encodeRes.ptr;
                      var len23 = encodeRes.len;
                      
                      dataView(memory0).setUint32(base + 4, len23, true);
                      dataView(memory0).setUint32(base + 0, ptr23, true);
                      
                      var encodeRes = _utf8AllocateAndEncode(v22_1, realloc0, memory0);
                      var ptr24= encodeRes.ptr;
                      var len24 = encodeRes.len;
                      
                      dataView(memory0).setUint32(base + 12, len24, true);
                      dataView(memory0).setUint32(base + 8, ptr24, true);
                      dataView(memory0).setInt8(base + 16, v22_2 ? 1 : 0, true);
                    }
                    dataView(memory0).setUint32(base + 36, len25, true);
                    dataView(memory0).setUint32(base + 32, result25, true);
                  }
                  dataView(memory0).setUint32(ptr0 + 108, len26, true);
                  dataView(memory0).setUint32(ptr0 + 104, result26, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v14_4, realloc0, memory0);
                  var ptr27= encodeRes.ptr;
                  var len27 = encodeRes.len;
                  
                  dataView(memory0).setUint32(ptr0 + 116, len27, true);
                  dataView(memory0).setUint32(ptr0 + 112, ptr27, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v14_5, realloc0, memory0);
                  var ptr28= encodeRes.ptr;
                  var len28 = encodeRes.len;
                  
                  dataView(memory0).setUint32(ptr0 + 124, len28, true);
                  dataView(memory0).setUint32(ptr0 + 120, ptr28, true);
                }
                break;
              }
              case 'activity': {
                dataView(memory0).setInt8(ptr0 + 24, 1, true);
                break;
              }
              case 'like': {
                const e = variant40.val;
                dataView(memory0).setInt8(ptr0 + 24, 2, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr30= encodeRes.ptr;
                var len30 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 36, len30, true);
                dataView(memory0).setUint32(ptr0 + 32, ptr30, true);
                break;
              }
              case 'undo': {
                const e = variant40.val;
                dataView(memory0).setInt8(ptr0 + 24, 3, true);
                var {reaction: v31_0, messageAuthor: v31_1 } = e;
                
                var encodeRes = _utf8AllocateAndEncode(v31_0, realloc0, memory0);
                var ptr32= encodeRes.ptr;
                var len32 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 36, len32, true);
                dataView(memory0).setUint32(ptr0 + 32, ptr32, true);
                var {kind: v33_0, id: v33_1, rawId: v33_2, name: v33_3, participantType: v33_4 } = v31_1;
                var variant35 = v33_0;
                switch (variant35.tag) {
                  case 'users': {
                    dataView(memory0).setInt8(ptr0 + 40, 0, true);
                    break;
                  }
                  case 'guests': {
                    dataView(memory0).setInt8(ptr0 + 40, 1, true);
                    break;
                  }
                  case 'emails': {
                    dataView(memory0).setInt8(ptr0 + 40, 2, true);
                    break;
                  }
                  case 'federated-users': {
                    dataView(memory0).setInt8(ptr0 + 40, 3, true);
                    break;
                  }
                  case 'bots': {
                    dataView(memory0).setInt8(ptr0 + 40, 4, true);
                    break;
                  }
                  case 'bridged': {
                    dataView(memory0).setInt8(ptr0 + 40, 5, true);
                    break;
                  }
                  case 'deleted-users': {
                    dataView(memory0).setInt8(ptr0 + 40, 6, true);
                    break;
                  }
                  case 'other': {
                    const e = variant35.val;
                    dataView(memory0).setInt8(ptr0 + 40, 7, true);
                    
                    var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                    var ptr34= encodeRes.ptr;
                    var len34 = encodeRes.len;
                    
                    dataView(memory0).setUint32(ptr0 + 48, len34, true);
                    dataView(memory0).setUint32(ptr0 + 44, ptr34, true);
                    break;
                  }
                  default: {
                    throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant35.tag)}\` (received \`${variant35}\`) specified for \`ActorKind\``);
                  }
                }
                
                var encodeRes = _utf8AllocateAndEncode(v33_1, realloc0, memory0);
                var ptr36= encodeRes.ptr;
                var len36 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 56, len36, true);
                dataView(memory0).setUint32(ptr0 + 52, ptr36, true);
                
                var encodeRes = _utf8AllocateAndEncode(v33_2, realloc0, memory0);
                var ptr37= encodeRes.ptr;
                var len37 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 64, len37, true);
                dataView(memory0).setUint32(ptr0 + 60, ptr37, true);
                
                var encodeRes = _utf8AllocateAndEncode(v33_3, realloc0, memory0);
                var ptr38= encodeRes.ptr;
                var len38 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 72, len38, true);
                dataView(memory0).setUint32(ptr0 + 68, ptr38, true);
                var variant39 = v33_4;
                if (variant39 === null || variant39=== undefined) {
                  dataView(memory0).setInt8(ptr0 + 76, 0, true);
                } else {
                  const e = variant39;
                  dataView(memory0).setInt8(ptr0 + 76, 1, true);
                  dataView(memory0).setInt8(ptr0 + 77, toUint8(e), true);
                }
                break;
              }
              case 'join': {
                dataView(memory0).setInt8(ptr0 + 24, 4, true);
                break;
              }
              case 'leave': {
                dataView(memory0).setInt8(ptr0 + 24, 5, true);
                break;
              }
              default: {
                throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant40.tag)}\` (received \`${variant40}\`) specified for \`EventKind\``);
              }
            }
            var {kind: v41_0, id: v41_1, rawId: v41_2, name: v41_3, participantType: v41_4 } = v5_1;
            var variant43 = v41_0;
            switch (variant43.tag) {
              case 'users': {
                dataView(memory0).setInt8(ptr0 + 128, 0, true);
                break;
              }
              case 'guests': {
                dataView(memory0).setInt8(ptr0 + 128, 1, true);
                break;
              }
              case 'emails': {
                dataView(memory0).setInt8(ptr0 + 128, 2, true);
                break;
              }
              case 'federated-users': {
                dataView(memory0).setInt8(ptr0 + 128, 3, true);
                break;
              }
              case 'bots': {
                dataView(memory0).setInt8(ptr0 + 128, 4, true);
                break;
              }
              case 'bridged': {
                dataView(memory0).setInt8(ptr0 + 128, 5, true);
                break;
              }
              case 'deleted-users': {
                dataView(memory0).setInt8(ptr0 + 128, 6, true);
                break;
              }
              case 'other': {
                const e = variant43.val;
                dataView(memory0).setInt8(ptr0 + 128, 7, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr42= encodeRes.ptr;
                var len42 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 136, len42, true);
                dataView(memory0).setUint32(ptr0 + 132, ptr42, true);
                break;
              }
              default: {
                throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant43.tag)}\` (received \`${variant43}\`) specified for \`ActorKind\``);
              }
            }
            
            var encodeRes = _utf8AllocateAndEncode(v41_1, realloc0, memory0);
            var ptr44= encodeRes.ptr;
            var len44 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 144, len44, true);
            dataView(memory0).setUint32(ptr0 + 140, ptr44, true);
            
            var encodeRes = _utf8AllocateAndEncode(v41_2, realloc0, memory0);
            var ptr45= encodeRes.ptr;
            var len45 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 152, len45, true);
            dataView(memory0).setUint32(ptr0 + 148, ptr45, true);
            
            var encodeRes = _utf8AllocateAndEncode(v41_3, realloc0, memory0);
            var ptr46= encodeRes.ptr;
            var len46 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 160, len46, true);
            dataView(memory0).setUint32(ptr0 + 156, ptr46, true);
            var variant47 = v41_4;
            if (variant47 === null || variant47=== undefined) {
              dataView(memory0).setInt8(ptr0 + 164, 0, true);
            } else {
              const e = variant47;
              dataView(memory0).setInt8(ptr0 + 164, 1, true);
              dataView(memory0).setInt8(ptr0 + 165, toUint8(e), true);
            }
            var {token: v48_0, name: v48_1 } = v5_2;
            
            var encodeRes = _utf8AllocateAndEncode(v48_0, realloc0, memory0);
            var ptr49= encodeRes.ptr;
            var len49 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 172, len49, true);
            dataView(memory0).setUint32(ptr0 + 168, ptr49, true);
            
            var encodeRes = _utf8AllocateAndEncode(v48_1, realloc0, memory0);
            var ptr50= encodeRes.ptr;
            var len50 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 180, len50, true);
            dataView(memory0).setUint32(ptr0 + 176, ptr50, true);
            var variant66 = v5_3;
            if (variant66 === null || variant66=== undefined) {
              dataView(memory0).setInt8(ptr0 + 184, 0, true);
            } else {
              const e = variant66;
              dataView(memory0).setInt8(ptr0 + 184, 1, true);
              var {id: v51_0, name: v51_1, template: v51_2, parameters: v51_3, mediaType: v51_4, contentJson: v51_5 } = e;
              dataView(memory0).setBigInt64(ptr0 + 192, toUint64(v51_0), true);
              
              var encodeRes = _utf8AllocateAndEncode(v51_1, realloc0, memory0);
              var ptr52= encodeRes.ptr;
              var len52 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 204, len52, true);
              dataView(memory0).setUint32(ptr0 + 200, ptr52, true);
              
              var encodeRes = _utf8AllocateAndEncode(v51_2, realloc0, memory0);
              var ptr53= encodeRes.ptr;
              var len53 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 212, len53, true);
              dataView(memory0).setUint32(ptr0 + 208, ptr53, true);
              var vec63 = v51_3;
              var len63 = vec63.length;
              var result63 = realloc0(0, 0, 4, len63 * 40);
              for (let i = 0; i < vec63.length; i++) {
                const e = vec63[i];
                const base = result63 + i * 40;var {key: v54_0, objectType: v54_1, id: v54_2, name: v54_3, fields: v54_4 } = e;
                
                var encodeRes = _utf8AllocateAndEncode(v54_0, realloc0, memory0);
                var ptr55= encodeRes.ptr;
                var len55 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 4, len55, true);
                dataView(memory0).setUint32(base + 0, ptr55, true);
                
                var encodeRes = _utf8AllocateAndEncode(v54_1, realloc0, memory0);
                var ptr56= encodeRes.ptr;
                var len56 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 12, len56, true);
                dataView(memory0).setUint32(base + 8, ptr56, true);
                
                var encodeRes = _utf8AllocateAndEncode(v54_2, realloc0, memory0);
                var ptr57= encodeRes.ptr;
                var len57 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 20, len57, true);
                dataView(memory0).setUint32(base + 16, ptr57, true);
                
                var encodeRes = _utf8AllocateAndEncode(v54_3, realloc0, memory0);
                var ptr58= encodeRes.ptr;
                var len58 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 28, len58, true);
                dataView(memory0).setUint32(base + 24, ptr58, true);
                var vec62 = v54_4;
                var len62 = vec62.length;
                var result62 = realloc0(0, 0, 4, len62 * 20);
                for (let i = 0; i < vec62.length; i++) {
                  const e = vec62[i];
                  const base = result62 + i * 20;var {name: v59_0, value: v59_1, isJson: v59_2 } = e;
                  
                  var encodeRes = _utf8AllocateAndEncode(v59_0, realloc0, memory0);
                  var ptr60= encodeRes.ptr;
                  var len60 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 4, len60, true);
                  dataView(memory0).setUint32(base + 0, ptr60, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v59_1, realloc0, memory0);
                  var ptr61= encodeRes.ptr;
                  var len61 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 12, len61, true);
                  dataView(memory0).setUint32(base + 8, ptr61, true);
                  dataView(memory0).setInt8(base + 16, v59_2 ? 1 : 0, true);
                }
                dataView(memory0).setUint32(base + 36, len62, true);
                dataView(memory0).setUint32(base + 32, result62, true);
              }
              dataView(memory0).setUint32(ptr0 + 220, len63, true);
              dataView(memory0).setUint32(ptr0 + 216, result63, true);
              
              var encodeRes = _utf8AllocateAndEncode(v51_4, realloc0, memory0);
              var ptr64= encodeRes.ptr;
              var len64 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 228, len64, true);
              dataView(memory0).setUint32(ptr0 + 224, ptr64, true);
              
              var encodeRes = _utf8AllocateAndEncode(v51_5, realloc0, memory0);
              var ptr65= encodeRes.ptr;
              var len65 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 236, len65, true);
              dataView(memory0).setUint32(ptr0 + 232, ptr65, true);
            }
            var variant68 = v5_4;
            if (variant68 === null || variant68=== undefined) {
              dataView(memory0).setInt8(ptr0 + 240, 0, true);
            } else {
              const e = variant68;
              dataView(memory0).setInt8(ptr0 + 240, 1, true);
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr67= encodeRes.ptr;
              var len67 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 248, len67, true);
              dataView(memory0).setUint32(ptr0 + 244, ptr67, true);
            }
            
            var encodeRes = _utf8AllocateAndEncode(arg1, realloc0, memory0);
            var ptr69= encodeRes.ptr;
            var len69 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 260, len69, true);
            dataView(memory0).setUint32(ptr0 + 256, ptr69, true);
            var {answerActivity: v70_0, maxAgeMs: v70_1 } = arg2;
            dataView(memory0).setInt8(ptr0 + 264, v70_0 ? 1 : 0, true);
            var variant71 = v70_1;
            if (variant71 === null || variant71=== undefined) {
              dataView(memory0).setInt8(ptr0 + 272, 0, true);
            } else {
              const e = variant71;
              dataView(memory0).setInt8(ptr0 + 272, 1, true);
              dataView(memory0).setBigInt64(ptr0 + 280, toUint64(e), true);
            }
            dataView(memory0).setBigInt64(ptr0 + 288, toUint64(arg3), true);
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="admit"][Instruction::CallWasm] enter', {
              funcName: 'admit',
              paramCount: 1,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030Admit(ptr0),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant77;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var ptr72 = dataView(memory0).getUint32(ret + 4, true);
                var len72 = dataView(memory0).getUint32(ret + 8, true);
                var result72 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr72, len72));
                var ptr73 = dataView(memory0).getUint32(ret + 12, true);
                var len73 = dataView(memory0).getUint32(ret + 16, true);
                var result73 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr73, len73));
                var bool74 = dataView(memory0).getUint8(ret + 20, true);
                variant77= {
                  tag: 'queue',
                  val: {
                    dedupKey: result72,
                    token: result73,
                    overtakes: bool74 == 0 ? false : (bool74 == 1 ? true : throwInvalidBool()),
                  }
                };
                break;
              }
              case 1: {
                var ptr75 = dataView(memory0).getUint32(ret + 4, true);
                var len75 = dataView(memory0).getUint32(ret + 8, true);
                var result75 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr75, len75));
                variant77= {
                  tag: 'ignore',
                  val: result75
                };
                break;
              }
              case 2: {
                var ptr76 = dataView(memory0).getUint32(ret + 4, true);
                var len76 = dataView(memory0).getUint32(ret + 8, true);
                var result76 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr76, len76));
                variant77= {
                  tag: 'stale',
                  val: result76
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for Admission');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="admit"][Instruction::Return]', {
              funcName: 'admit',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([variant77]);
            const retCopy = variant77;
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn8(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030Ingest;
    
    function ingest(arg0, arg1, arg2, arg3, arg4) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030Ingest',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var {backends: v0_0, maxBodyBytes: v0_1, strictBackend: v0_2 } = arg0;
            var vec5 = v0_0;
            var len5 = vec5.length;
            var result5 = realloc0(0, 0, 4, len5 * 16);
            for (let i = 0; i < vec5.length; i++) {
              const e = vec5[i];
              const base = result5 + i * 16;var {url: v1_0, secrets: v1_1 } = e;
              
              var encodeRes = _utf8AllocateAndEncode(v1_0, realloc0, memory0);
              var ptr2= encodeRes.ptr;
              var len2 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len2, true);
              dataView(memory0).setUint32(base + 0, ptr2, true);
              var vec4 = v1_1;
              var len4 = vec4.length;
              var result4 = realloc0(0, 0, 4, len4 * 8);
              for (let i = 0; i < vec4.length; i++) {
                const e = vec4[i];
                const base = result4 + i * 8;
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr3= encodeRes.ptr;
                var len3 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 4, len3, true);
                dataView(memory0).setUint32(base + 0, ptr3, true);
              }
              dataView(memory0).setUint32(base + 12, len4, true);
              dataView(memory0).setUint32(base + 8, result4, true);
            }
            var {answerActivity: v6_0, maxAgeMs: v6_1 } = arg1;
            var variant7 = v6_1;
            let variant7_0;
            let variant7_1;
            if (variant7 === null || variant7=== undefined) {
              variant7_0 = 0;
              variant7_1 = 0n;
            } else {
              const e = variant7;
              variant7_0 = 1;
              variant7_1 = toUint64(e);
            }
            var vec11 = arg2;
            var len11 = vec11.length;
            var result11 = realloc0(0, 0, 4, len11 * 16);
            for (let i = 0; i < vec11.length; i++) {
              const e = vec11[i];
              const base = result11 + i * 16;var [tuple8_0, tuple8_1] = e;
              
              var encodeRes = _utf8AllocateAndEncode(tuple8_0, realloc0, memory0);
              var ptr9= encodeRes.ptr;
              var len9 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len9, true);
              dataView(memory0).setUint32(base + 0, ptr9, true);
              
              var encodeRes = _utf8AllocateAndEncode(tuple8_1, realloc0, memory0);
              var ptr10= encodeRes.ptr;
              var len10 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 12, len10, true);
              dataView(memory0).setUint32(base + 8, ptr10, true);
            }
            var val12 = arg3;
            var len12 = Array.isArray(val12) ? val12.length : val12.byteLength;
            var ptr12 = realloc0(0, 0, 1, len12 * 1);
            
            let valData12;
            const valLenBytes12 = len12 * 1;
            if (Array.isArray(val12)) {
              // Regular array likely containing numbers, write values to memory
              let offset = 0;
              const dv12 = new DataView(memory0.buffer);
              for (const v of val12) {
                _requireValidNumericPrimitive.bind(null, 'u8')(v);
                dv12.setUint8(ptr12+ offset, v, true);
                offset += 1;
              }
            } else {
              // TypedArray / ArrayBuffer-like, direct copy
              valData12 = new Uint8Array(val12.buffer || val12, val12.byteOffset, valLenBytes12);
              const out12 = new Uint8Array(memory0.buffer, ptr12, valLenBytes12);
              out12.set(valData12);
            }
            
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="ingest"][Instruction::CallWasm] enter', {
              funcName: 'ingest',
              paramCount: 12,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030Ingest(result5, len5, toUint64(v0_1), v0_2 ? 1 : 0, v6_0 ? 1 : 0, variant7_0, variant7_1, result11, len11, ptr12, len12, toUint64(arg4)),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant29;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var ptr13 = dataView(memory0).getUint32(ret + 12, true);
                var len13 = dataView(memory0).getUint32(ret + 16, true);
                var result13 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr13, len13));
                let variant19;
                switch (dataView(memory0).getUint8(ret + 20, true)) {
                  case 0: {
                    var ptr14 = dataView(memory0).getUint32(ret + 24, true);
                    var len14 = dataView(memory0).getUint32(ret + 28, true);
                    var result14 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr14, len14));
                    var ptr15 = dataView(memory0).getUint32(ret + 32, true);
                    var len15 = dataView(memory0).getUint32(ret + 36, true);
                    var result15 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr15, len15));
                    var bool16 = dataView(memory0).getUint8(ret + 40, true);
                    variant19= {
                      tag: 'queue',
                      val: {
                        dedupKey: result14,
                        token: result15,
                        overtakes: bool16 == 0 ? false : (bool16 == 1 ? true : throwInvalidBool()),
                      }
                    };
                    break;
                  }
                  case 1: {
                    var ptr17 = dataView(memory0).getUint32(ret + 24, true);
                    var len17 = dataView(memory0).getUint32(ret + 28, true);
                    var result17 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr17, len17));
                    variant19= {
                      tag: 'ignore',
                      val: result17
                    };
                    break;
                  }
                  case 2: {
                    var ptr18 = dataView(memory0).getUint32(ret + 24, true);
                    var len18 = dataView(memory0).getUint32(ret + 28, true);
                    var result18 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr18, len18));
                    variant19= {
                      tag: 'stale',
                      val: result18
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for Admission');
                  }
                }
                variant29= {
                  tag: 'ok',
                  val: {
                    backendIndex: dataView(memory0).getInt32(ret + 8, true) >>> 0,
                    backend: result13,
                    admission: variant19,
                  }
                };
                break;
              }
              case 1: {
                let variant28;
                switch (dataView(memory0).getUint8(ret + 8, true)) {
                  case 0: {
                    variant28= {
                      tag: 'body-too-large',
                      val: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 16, true)))
                    };
                    break;
                  }
                  case 1: {
                    var ptr20 = dataView(memory0).getUint32(ret + 16, true);
                    var len20 = dataView(memory0).getUint32(ret + 20, true);
                    var result20 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr20, len20));
                    variant28= {
                      tag: 'missing-header',
                      val: result20
                    };
                    break;
                  }
                  case 2: {
                    var ptr21 = dataView(memory0).getUint32(ret + 16, true);
                    var len21 = dataView(memory0).getUint32(ret + 20, true);
                    var result21 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr21, len21));
                    variant28= {
                      tag: 'malformed-random',
                      val: result21
                    };
                    break;
                  }
                  case 3: {
                    var ptr22 = dataView(memory0).getUint32(ret + 16, true);
                    var len22 = dataView(memory0).getUint32(ret + 20, true);
                    var result22 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr22, len22));
                    variant28= {
                      tag: 'malformed-signature',
                      val: result22
                    };
                    break;
                  }
                  case 4: {
                    var ptr23 = dataView(memory0).getUint32(ret + 16, true);
                    var len23 = dataView(memory0).getUint32(ret + 20, true);
                    var result23 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr23, len23));
                    variant28= {
                      tag: 'signature-mismatch',
                      val: result23
                    };
                    break;
                  }
                  case 5: {
                    variant28= {
                      tag: 'no-secrets',
                    };
                    break;
                  }
                  case 6: {
                    variant28= {
                      tag: 'not-utf8',
                      val: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 16, true)))
                    };
                    break;
                  }
                  case 7: {
                    var ptr24 = dataView(memory0).getUint32(ret + 16, true);
                    var len24 = dataView(memory0).getUint32(ret + 20, true);
                    var result24 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr24, len24));
                    variant28= {
                      tag: 'invalid-json',
                      val: result24
                    };
                    break;
                  }
                  case 8: {
                    var ptr25 = dataView(memory0).getUint32(ret + 16, true);
                    var len25 = dataView(memory0).getUint32(ret + 20, true);
                    var result25 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr25, len25));
                    variant28= {
                      tag: 'invalid-field',
                      val: result25
                    };
                    break;
                  }
                  case 9: {
                    var ptr26 = dataView(memory0).getUint32(ret + 16, true);
                    var len26 = dataView(memory0).getUint32(ret + 20, true);
                    var result26 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr26, len26));
                    variant28= {
                      tag: 'invalid-content',
                      val: result26
                    };
                    break;
                  }
                  case 10: {
                    var ptr27 = dataView(memory0).getUint32(ret + 16, true);
                    var len27 = dataView(memory0).getUint32(ret + 20, true);
                    var result27 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr27, len27));
                    variant28= {
                      tag: 'unknown-event-type',
                      val: result27
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for WebhookError');
                  }
                }
                variant29= {
                  tag: 'err',
                  val: variant28
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="ingest"][Instruction::Return]', {
              funcName: 'ingest',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant29;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn9(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030ParsePublished;
    
    function parsePublished(arg0) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030ParsePublished',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var encodeRes = _utf8AllocateAndEncode(arg0, realloc0, memory0);
            var ptr0= encodeRes.ptr;
            var len0 = encodeRes.len;
            
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="parse-published"][Instruction::CallWasm] enter', {
              funcName: 'parse-published',
              paramCount: 2,
              async: false,
              postReturn: false,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030ParsePublished(ptr0, len0),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant1;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                variant1 = undefined;
                break;
              }
              case 1: {
                variant1 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 8, true)));
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for option');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="parse-published"][Instruction::Return]', {
              funcName: 'parse-published',
              paramCount: 1,
              async: false,
              postReturn: false
            });
            task.resolve([variant1]);
            task.exit();
            return variant1;
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030DefaultSystemPrompt;
    
    function defaultSystemPrompt(arg0) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030DefaultSystemPrompt',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var encodeRes = _utf8AllocateAndEncode(arg0, realloc0, memory0);
            var ptr0= encodeRes.ptr;
            var len0 = encodeRes.len;
            
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="default-system-prompt"][Instruction::CallWasm] enter', {
              funcName: 'default-system-prompt',
              paramCount: 2,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030DefaultSystemPrompt(ptr0, len0),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            var ptr1 = dataView(memory0).getUint32(ret + 0, true);
            var len1 = dataView(memory0).getUint32(ret + 4, true);
            var result1 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr1, len1));
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="default-system-prompt"][Instruction::Return]', {
              funcName: 'default-system-prompt',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([result1]);
            const retCopy = result1;
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn3(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030Defaults;
    
    function defaults() {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030Defaults',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="defaults"][Instruction::CallWasm] enter', {
              funcName: 'defaults',
              paramCount: 0,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030Defaults(),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            var ptr0 = dataView(memory0).getUint32(ret + 8, true);
            var len0 = dataView(memory0).getUint32(ret + 12, true);
            var result0 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr0, len0));
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="defaults"][Instruction::Return]', {
              funcName: 'defaults',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([{
              memoryTurns: dataView(memory0).getInt32(ret + 0, true) >>> 0,
              answerAttempts: dataView(memory0).getInt32(ret + 4, true) >>> 0,
              failureReply: result0,
              maxModelAnswerBytes: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 16, true))),
            }]);
            const retCopy = {
              memoryTurns: dataView(memory0).getInt32(ret + 0, true) >>> 0,
              answerAttempts: dataView(memory0).getInt32(ret + 4, true) >>> 0,
              failureReply: result0,
              maxModelAnswerBytes: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 16, true))),
            };
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn10(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030Decide;
    
    function decide(arg0, arg1, arg2, arg3, arg4) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030Decide',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var ptr0 = realloc0(0, 0, 8, 368);
            var {agentName: v1_0, bot: v1_1, mode: v1_2, answerActivity: v1_3, allowedRooms: v1_4, allowedUsers: v1_5, rooms: v1_6, users: v1_7, personas: v1_8, greeting: v1_9, memoryTurns: v1_10 } = arg0;
            
            var encodeRes = _utf8AllocateAndEncode(v1_0, realloc0, memory0);
            var ptr2= encodeRes.ptr;
            var len2 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 4, len2, true);
            dataView(memory0).setUint32(ptr0 + 0, ptr2, true);
            var {aliases: v3_0, actorId: v3_1 } = v1_1;
            var vec5 = v3_0;
            var len5 = vec5.length;
            var result5 = realloc0(0, 0, 4, len5 * 8);
            for (let i = 0; i < vec5.length; i++) {
              const e = vec5[i];
              const base = result5 + i * 8;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr4= encodeRes.ptr;
              var len4 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len4, true);
              dataView(memory0).setUint32(base + 0, ptr4, true);
            }
            dataView(memory0).setUint32(ptr0 + 12, len5, true);
            dataView(memory0).setUint32(ptr0 + 8, result5, true);
            var variant7 = v3_1;
            if (variant7 === null || variant7=== undefined) {
              dataView(memory0).setInt8(ptr0 + 16, 0, true);
            } else {
              const e = variant7;
              dataView(memory0).setInt8(ptr0 + 16, 1, true);
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr6= encodeRes.ptr;
              var len6 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 24, len6, true);
              dataView(memory0).setUint32(ptr0 + 20, ptr6, true);
            }
            var val8 = v1_2;
            let enum8;
            switch (val8) {
              case 'all': {
                enum8 = 0;
                break;
              }
              case 'mention': {
                enum8 = 1;
                break;
              }
              case 'off': {
                enum8 = 2;
                break;
              }
              default: {
                if ((v1_2) instanceof Error) {
                  console.error(v1_2);
                }
                
                throw new TypeError(`"${val8}" is not one of the cases of mode`);
              }
            }
            dataView(memory0).setInt8(ptr0 + 28, enum8, true);
            dataView(memory0).setInt8(ptr0 + 29, v1_3 ? 1 : 0, true);
            var vec10 = v1_4;
            var len10 = vec10.length;
            var result10 = realloc0(0, 0, 4, len10 * 8);
            for (let i = 0; i < vec10.length; i++) {
              const e = vec10[i];
              const base = result10 + i * 8;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr9= encodeRes.ptr;
              var len9 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len9, true);
              dataView(memory0).setUint32(base + 0, ptr9, true);
            }
            dataView(memory0).setUint32(ptr0 + 36, len10, true);
            dataView(memory0).setUint32(ptr0 + 32, result10, true);
            var vec12 = v1_5;
            var len12 = vec12.length;
            var result12 = realloc0(0, 0, 4, len12 * 8);
            for (let i = 0; i < vec12.length; i++) {
              const e = vec12[i];
              const base = result12 + i * 8;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr11= encodeRes.ptr;
              var len11 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len11, true);
              dataView(memory0).setUint32(base + 0, ptr11, true);
            }
            dataView(memory0).setUint32(ptr0 + 44, len12, true);
            dataView(memory0).setUint32(ptr0 + 40, result12, true);
            var vec24 = v1_6;
            var len24 = vec24.length;
            var result24 = realloc0(0, 0, 4, len24 * 48);
            for (let i = 0; i < vec24.length; i++) {
              const e = vec24[i];
              const base = result24 + i * 48;var {token: v13_0, mode: v13_1, persona: v13_2, greeting: v13_3, allowedUsers: v13_4 } = e;
              
              var encodeRes = _utf8AllocateAndEncode(v13_0, realloc0, memory0);
              var ptr14= encodeRes.ptr;
              var len14 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len14, true);
              dataView(memory0).setUint32(base + 0, ptr14, true);
              var variant16 = v13_1;
              if (variant16 === null || variant16=== undefined) {
                dataView(memory0).setInt8(base + 8, 0, true);
              } else {
                const e = variant16;
                dataView(memory0).setInt8(base + 8, 1, true);
                var val15 = e;
                let enum15;
                switch (val15) {
                  case 'all': {
                    enum15 = 0;
                    break;
                  }
                  case 'mention': {
                    enum15 = 1;
                    break;
                  }
                  case 'off': {
                    enum15 = 2;
                    break;
                  }
                  default: {
                    if ((e) instanceof Error) {
                      console.error(e);
                    }
                    
                    throw new TypeError(`"${val15}" is not one of the cases of mode`);
                  }
                }
                dataView(memory0).setInt8(base + 9, enum15, true);
              }
              var variant18 = v13_2;
              if (variant18 === null || variant18=== undefined) {
                dataView(memory0).setInt8(base + 12, 0, true);
              } else {
                const e = variant18;
                dataView(memory0).setInt8(base + 12, 1, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr17= encodeRes.ptr;
                var len17 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 20, len17, true);
                dataView(memory0).setUint32(base + 16, ptr17, true);
              }
              var variant20 = v13_3;
              if (variant20 === null || variant20=== undefined) {
                dataView(memory0).setInt8(base + 24, 0, true);
              } else {
                const e = variant20;
                dataView(memory0).setInt8(base + 24, 1, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr19= encodeRes.ptr;
                var len19 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 32, len19, true);
                dataView(memory0).setUint32(base + 28, ptr19, true);
              }
              var variant23 = v13_4;
              if (variant23 === null || variant23=== undefined) {
                dataView(memory0).setInt8(base + 36, 0, true);
              } else {
                const e = variant23;
                dataView(memory0).setInt8(base + 36, 1, true);
                var vec22 = e;
                var len22 = vec22.length;
                var result22 = realloc0(0, 0, 4, len22 * 8);
                for (let i = 0; i < vec22.length; i++) {
                  const e = vec22[i];
                  const base = result22 + i * 8;
                  var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                  var ptr21= encodeRes.ptr;
                  var len21 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 4, len21, true);
                  dataView(memory0).setUint32(base + 0, ptr21, true);
                }
                dataView(memory0).setUint32(base + 44, len22, true);
                dataView(memory0).setUint32(base + 40, result22, true);
              }
            }
            dataView(memory0).setUint32(ptr0 + 52, len24, true);
            dataView(memory0).setUint32(ptr0 + 48, result24, true);
            var vec28 = v1_7;
            var len28 = vec28.length;
            var result28 = realloc0(0, 0, 4, len28 * 16);
            for (let i = 0; i < vec28.length; i++) {
              const e = vec28[i];
              const base = result28 + i * 16;var {actor: v25_0, persona: v25_1 } = e;
              
              var encodeRes = _utf8AllocateAndEncode(v25_0, realloc0, memory0);
              var ptr26= encodeRes.ptr;
              var len26 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len26, true);
              dataView(memory0).setUint32(base + 0, ptr26, true);
              
              var encodeRes = _utf8AllocateAndEncode(v25_1, realloc0, memory0);
              var ptr27= encodeRes.ptr;
              var len27 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 12, len27, true);
              dataView(memory0).setUint32(base + 8, ptr27, true);
            }
            dataView(memory0).setUint32(ptr0 + 60, len28, true);
            dataView(memory0).setUint32(ptr0 + 56, result28, true);
            var vec35 = v1_8;
            var len35 = vec35.length;
            var result35 = realloc0(0, 0, 4, len35 * 28);
            for (let i = 0; i < vec35.length; i++) {
              const e = vec35[i];
              const base = result35 + i * 28;var {name: v29_0, systemPrompt: v29_1, responders: v29_2 } = e;
              
              var encodeRes = _utf8AllocateAndEncode(v29_0, realloc0, memory0);
              var ptr30= encodeRes.ptr;
              var len30 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len30, true);
              dataView(memory0).setUint32(base + 0, ptr30, true);
              var variant32 = v29_1;
              if (variant32 === null || variant32=== undefined) {
                dataView(memory0).setInt8(base + 8, 0, true);
              } else {
                const e = variant32;
                dataView(memory0).setInt8(base + 8, 1, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr31= encodeRes.ptr;
                var len31 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 16, len31, true);
                dataView(memory0).setUint32(base + 12, ptr31, true);
              }
              var vec34 = v29_2;
              var len34 = vec34.length;
              var result34 = realloc0(0, 0, 4, len34 * 8);
              for (let i = 0; i < vec34.length; i++) {
                const e = vec34[i];
                const base = result34 + i * 8;
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr33= encodeRes.ptr;
                var len33 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 4, len33, true);
                dataView(memory0).setUint32(base + 0, ptr33, true);
              }
              dataView(memory0).setUint32(base + 24, len34, true);
              dataView(memory0).setUint32(base + 20, result34, true);
            }
            dataView(memory0).setUint32(ptr0 + 68, len35, true);
            dataView(memory0).setUint32(ptr0 + 64, result35, true);
            var variant37 = v1_9;
            if (variant37 === null || variant37=== undefined) {
              dataView(memory0).setInt8(ptr0 + 72, 0, true);
            } else {
              const e = variant37;
              dataView(memory0).setInt8(ptr0 + 72, 1, true);
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr36= encodeRes.ptr;
              var len36 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 80, len36, true);
              dataView(memory0).setUint32(ptr0 + 76, ptr36, true);
            }
            dataView(memory0).setInt32(ptr0 + 84, toUint32(v1_10), true);
            var {mode: v38_0, persona: v38_1, schedules: v38_2 } = arg1;
            var variant40 = v38_0;
            if (variant40 === null || variant40=== undefined) {
              dataView(memory0).setInt8(ptr0 + 88, 0, true);
            } else {
              const e = variant40;
              dataView(memory0).setInt8(ptr0 + 88, 1, true);
              var val39 = e;
              let enum39;
              switch (val39) {
                case 'all': {
                  enum39 = 0;
                  break;
                }
                case 'mention': {
                  enum39 = 1;
                  break;
                }
                case 'off': {
                  enum39 = 2;
                  break;
                }
                default: {
                  if ((e) instanceof Error) {
                    console.error(e);
                  }
                  
                  throw new TypeError(`"${val39}" is not one of the cases of mode`);
                }
              }
              dataView(memory0).setInt8(ptr0 + 89, enum39, true);
            }
            var variant42 = v38_1;
            if (variant42 === null || variant42=== undefined) {
              dataView(memory0).setInt8(ptr0 + 92, 0, true);
            } else {
              const e = variant42;
              dataView(memory0).setInt8(ptr0 + 92, 1, true);
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr41= encodeRes.ptr;
              var len41 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 100, len41, true);
              dataView(memory0).setUint32(ptr0 + 96, ptr41, true);
            }
            var variant44 = v38_2;
            if (variant44 === null || variant44=== undefined) {
              dataView(memory0).setInt8(ptr0 + 104, 0, true);
            } else {
              const e = variant44;
              dataView(memory0).setInt8(ptr0 + 104, 1, true);
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr43= encodeRes.ptr;
              var len43 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 112, len43, true);
              dataView(memory0).setUint32(ptr0 + 108, ptr43, true);
            }
            
            var encodeRes = _utf8AllocateAndEncode(arg2, realloc0, memory0);
            var ptr45= encodeRes.ptr;
            var len45 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 120, len45, true);
            dataView(memory0).setUint32(ptr0 + 116, ptr45, true);
            var {kind: v46_0, actor: v46_1, conversation: v46_2, message: v46_3, published: v46_4 } = arg3;
            var variant81 = v46_0;
            switch (variant81.tag) {
              case 'create': {
                const e = variant81.val;
                dataView(memory0).setInt8(ptr0 + 128, 0, true);
                var variant70 = e;
                if (variant70 === null || variant70=== undefined) {
                  dataView(memory0).setInt8(ptr0 + 136, 0, true);
                } else {
                  const e = variant70;
                  dataView(memory0).setInt8(ptr0 + 136, 1, true);
                  var {author: v47_0, message: v47_1 } = e;
                  var {kind: v48_0, id: v48_1, rawId: v48_2, name: v48_3, participantType: v48_4 } = v47_0;
                  var variant50 = v48_0;
                  switch (variant50.tag) {
                    case 'users': {
                      dataView(memory0).setInt8(ptr0 + 144, 0, true);
                      break;
                    }
                    case 'guests': {
                      dataView(memory0).setInt8(ptr0 + 144, 1, true);
                      break;
                    }
                    case 'emails': {
                      dataView(memory0).setInt8(ptr0 + 144, 2, true);
                      break;
                    }
                    case 'federated-users': {
                      dataView(memory0).setInt8(ptr0 + 144, 3, true);
                      break;
                    }
                    case 'bots': {
                      dataView(memory0).setInt8(ptr0 + 144, 4, true);
                      break;
                    }
                    case 'bridged': {
                      dataView(memory0).setInt8(ptr0 + 144, 5, true);
                      break;
                    }
                    case 'deleted-users': {
                      dataView(memory0).setInt8(ptr0 + 144, 6, true);
                      break;
                    }
                    case 'other': {
                      const e = variant50.val;
                      dataView(memory0).setInt8(ptr0 + 144, 7, true);
                      
                      var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                      var ptr49= encodeRes.ptr;
                      var len49 = encodeRes.len;
                      
                      dataView(memory0).setUint32(ptr0 + 152, len49, true);
                      dataView(memory0).setUint32(ptr0 + 148, ptr49, true);
                      break;
                    }
                    default: {
                      throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant50.tag)}\` (received \`${variant50}\`) specified for \`ActorKind\``);
                    }
                  }
                  
                  var encodeRes = _utf8AllocateAndEncode(v48_1, realloc0, memory0);
                  var ptr51= encodeRes.ptr;
                  var len51 = encodeRes.len;
                  
                  dataView(memory0).setUint32(ptr0 + 160, len51, true);
                  dataView(memory0).setUint32(ptr0 + 156, ptr51, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v48_2, realloc0, memory0);
                  var ptr52= encodeRes.ptr;
                  var len52 = encodeRes.len;
                  
                  dataView(memory0).setUint32(ptr0 + 168, len52, true);
                  dataView(memory0).setUint32(ptr0 + 164, ptr52, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v48_3, realloc0, memory0);
                  var ptr53= encodeRes.ptr;
                  var len53 = encodeRes.len;
                  
                  dataView(memory0).setUint32(ptr0 + 176, len53, true);
                  dataView(memory0).setUint32(ptr0 + 172, ptr53, true);
                  var variant54 = v48_4;
                  if (variant54 === null || variant54=== undefined) {
                    dataView(memory0).setInt8(ptr0 + 180, 0, true);
                  } else {
                    const e = variant54;
                    dataView(memory0).setInt8(ptr0 + 180, 1, true);
                    dataView(memory0).setInt8(ptr0 + 181, toUint8(e), true);
                  }
                  var {id: v55_0, name: v55_1, template: v55_2, parameters: v55_3, mediaType: v55_4, contentJson: v55_5 } = v47_1;
                  dataView(memory0).setBigInt64(ptr0 + 184, toUint64(v55_0), true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v55_1, realloc0, memory0);
                  var ptr56= encodeRes.ptr;
                  var len56 = encodeRes.len;
                  
                  dataView(memory0).setUint32(ptr0 + 196, len56, true);
                  dataView(memory0).setUint32(ptr0 + 192, ptr56, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v55_2, realloc0, memory0);
                  var ptr57= encodeRes.ptr;
                  var len57 = encodeRes.len;
                  
                  dataView(memory0).setUint32(ptr0 + 204, len57, true);
                  dataView(memory0).setUint32(ptr0 + 200, ptr57, true);
                  var vec67 = v55_3;
                  var len67 = vec67.length;
                  var result67 = realloc0(0, 0, 4, len67 * 40);
                  for (let i = 0; i < vec67.length; i++) {
                    const e = vec67[i];
                    const base = result67 + i * 40;var {key: v58_0, objectType: v58_1, id: v58_2, name: v58_3, fields: v58_4 } = e;
                    
                    var encodeRes = _utf8AllocateAndEncode(v58_0, realloc0, memory0);
                    var ptr59= encodeRes.ptr;
                    var len59 = encodeRes.len;
                    
                    dataView(memory0).setUint32(base + 4, len59, true);
                    dataView(memory0).setUint32(base + 0, ptr59, true);
                    
                    var encodeRes = _utf8AllocateAndEncode(v58_1, realloc0, memory0);
                    var ptr60= encodeRes.ptr;
                    var len60 = encodeRes.len;
                    
                    dataView(memory0).setUint32(base + 12, len60, true);
                    dataView(memory0).setUint32(base + 8, ptr60, true);
                    
                    var encodeRes = _utf8AllocateAndEncode(v58_2, realloc0, memory0);
                    var ptr61= encodeRes.ptr;
                    var len61 = encodeRes.len;
                    
                    dataView(memory0).setUint32(base + 20, len61, true);
                    dataView(memory0).setUint32(base + 16, ptr61, true);
                    
                    var encodeRes = _utf8AllocateAndEncode(v58_3, realloc0, memory0);
                    var ptr62= encodeRes.ptr;
                    var len62 = encodeRes.len;
                    
                    dataView(memory0).setUint32(base + 28, len62, true);
                    dataView(memory0).setUint32(base + 24, ptr62, true);
                    var vec66 = v58_4;
                    var len66 = vec66.length;
                    var result66 = realloc0(0, 0, 4, len66 * 20);
                    for (let i = 0; i < vec66.length; i++) {
                      const e = vec66[i];
                      const base = result66 + i * 20;var {name: v63_0, value: v63_1, isJson: v63_2 } = e;
                      
                      var encodeRes = _utf8AllocateAndEncode(v63_0, realloc0, memory0);
                      var ptr64= encodeRes.ptr;
                      var len64 = encodeRes.len;
                      
                      dataView(memory0).setUint32(base + 4, len64, true);
                      dataView(memory0).setUint32(base + 0, ptr64, true);
                      
                      var encodeRes = _utf8AllocateAndEncode(v63_1, realloc0, memory0);
                      var ptr65= encodeRes.ptr;
                      var len65 = encodeRes.len;
                      
                      dataView(memory0).setUint32(base + 12, len65, true);
                      dataView(memory0).setUint32(base + 8, ptr65, true);
                      dataView(memory0).setInt8(base + 16, v63_2 ? 1 : 0, true);
                    }
                    dataView(memory0).setUint32(base + 36, len66, true);
                    dataView(memory0).setUint32(base + 32, result66, true);
                  }
                  dataView(memory0).setUint32(ptr0 + 212, len67, true);
                  dataView(memory0).setUint32(ptr0 + 208, result67, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v55_4, realloc0, memory0);
                  var ptr68= encodeRes.ptr;
                  var len68 = encodeRes.len;
                  
                  dataView(memory0).setUint32(ptr0 + 220, len68, true);
                  dataView(memory0).setUint32(ptr0 + 216, ptr68, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v55_5, realloc0, memory0);
                  var ptr69= encodeRes.ptr;
                  var len69 = encodeRes.len;
                  
                  dataView(memory0).setUint32(ptr0 + 228, len69, true);
                  dataView(memory0).setUint32(ptr0 + 224, ptr69, true);
                }
                break;
              }
              case 'activity': {
                dataView(memory0).setInt8(ptr0 + 128, 1, true);
                break;
              }
              case 'like': {
                const e = variant81.val;
                dataView(memory0).setInt8(ptr0 + 128, 2, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr71= encodeRes.ptr;
                var len71 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 140, len71, true);
                dataView(memory0).setUint32(ptr0 + 136, ptr71, true);
                break;
              }
              case 'undo': {
                const e = variant81.val;
                dataView(memory0).setInt8(ptr0 + 128, 3, true);
                var {reaction: v72_0, messageAuthor: v72_1 } = e;
                
                var encodeRes = _utf8AllocateAndEncode(v72_0, realloc0, memory0);
                var ptr73= encodeRes.ptr;
                var len73 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 140, len73, true);
                dataView(memory0).setUint32(ptr0 + 136, ptr73, true);
                var {kind: v74_0, id: v74_1, rawId: v74_2, name: v74_3, participantType: v74_4 } = v72_1;
                var variant76 = v74_0;
                switch (variant76.tag) {
                  case 'users': {
                    dataView(memory0).setInt8(ptr0 + 144, 0, true);
                    break;
                  }
                  case 'guests': {
                    dataView(memory0).setInt8(ptr0 + 144, 1, true);
                    break;
                  }
                  case 'emails': {
                    dataView(memory0).setInt8(ptr0 + 144, 2, true);
                    break;
                  }
                  case 'federated-users': {
                    dataView(memory0).setInt8(ptr0 + 144, 3, true);
                    break;
                  }
                  case 'bots': {
                    dataView(memory0).setInt8(ptr0 + 144, 4, true);
                    break;
                  }
                  case 'bridged': {
                    dataView(memory0).setInt8(ptr0 + 144, 5, true);
                    break;
                  }
                  case 'deleted-users': {
                    dataView(memory0).setInt8(ptr0 + 144, 6, true);
                    break;
                  }
                  case 'other': {
                    const e = variant76.val;
                    dataView(memory0).setInt8(ptr0 + 144, 7, true);
                    
                    var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                    var ptr75= encodeRes.ptr;
                    var len75 = encodeRes.len;
                    
                    dataView(memory0).setUint32(ptr0 + 152, len75, true);
                    dataView(memory0).setUint32(ptr0 + 148, ptr75, true);
                    break;
                  }
                  default: {
                    throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant76.tag)}\` (received \`${variant76}\`) specified for \`ActorKind\``);
                  }
                }
                
                var encodeRes = _utf8AllocateAndEncode(v74_1, realloc0, memory0);
                var ptr77= encodeRes.ptr;
                var len77 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 160, len77, true);
                dataView(memory0).setUint32(ptr0 + 156, ptr77, true);
                
                var encodeRes = _utf8AllocateAndEncode(v74_2, realloc0, memory0);
                var ptr78= encodeRes.ptr;
                var len78 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 168, len78, true);
                dataView(memory0).setUint32(ptr0 + 164, ptr78, true);
                
                var encodeRes = _utf8AllocateAndEncode(v74_3, realloc0, memory0);
                var ptr79= encodeRes.ptr;
                var len79 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 176, len79, true);
                dataView(memory0).setUint32(ptr0 + 172, ptr79, true);
                var variant80 = v74_4;
                if (variant80 === null || variant80=== undefined) {
                  dataView(memory0).setInt8(ptr0 + 180, 0, true);
                } else {
                  const e = variant80;
                  dataView(memory0).setInt8(ptr0 + 180, 1, true);
                  dataView(memory0).setInt8(ptr0 + 181, toUint8(e), true);
                }
                break;
              }
              case 'join': {
                dataView(memory0).setInt8(ptr0 + 128, 4, true);
                break;
              }
              case 'leave': {
                dataView(memory0).setInt8(ptr0 + 128, 5, true);
                break;
              }
              default: {
                throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant81.tag)}\` (received \`${variant81}\`) specified for \`EventKind\``);
              }
            }
            var {kind: v82_0, id: v82_1, rawId: v82_2, name: v82_3, participantType: v82_4 } = v46_1;
            var variant84 = v82_0;
            switch (variant84.tag) {
              case 'users': {
                dataView(memory0).setInt8(ptr0 + 232, 0, true);
                break;
              }
              case 'guests': {
                dataView(memory0).setInt8(ptr0 + 232, 1, true);
                break;
              }
              case 'emails': {
                dataView(memory0).setInt8(ptr0 + 232, 2, true);
                break;
              }
              case 'federated-users': {
                dataView(memory0).setInt8(ptr0 + 232, 3, true);
                break;
              }
              case 'bots': {
                dataView(memory0).setInt8(ptr0 + 232, 4, true);
                break;
              }
              case 'bridged': {
                dataView(memory0).setInt8(ptr0 + 232, 5, true);
                break;
              }
              case 'deleted-users': {
                dataView(memory0).setInt8(ptr0 + 232, 6, true);
                break;
              }
              case 'other': {
                const e = variant84.val;
                dataView(memory0).setInt8(ptr0 + 232, 7, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr83= encodeRes.ptr;
                var len83 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 240, len83, true);
                dataView(memory0).setUint32(ptr0 + 236, ptr83, true);
                break;
              }
              default: {
                throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant84.tag)}\` (received \`${variant84}\`) specified for \`ActorKind\``);
              }
            }
            
            var encodeRes = _utf8AllocateAndEncode(v82_1, realloc0, memory0);
            var ptr85= encodeRes.ptr;
            var len85 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 248, len85, true);
            dataView(memory0).setUint32(ptr0 + 244, ptr85, true);
            
            var encodeRes = _utf8AllocateAndEncode(v82_2, realloc0, memory0);
            var ptr86= encodeRes.ptr;
            var len86 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 256, len86, true);
            dataView(memory0).setUint32(ptr0 + 252, ptr86, true);
            
            var encodeRes = _utf8AllocateAndEncode(v82_3, realloc0, memory0);
            var ptr87= encodeRes.ptr;
            var len87 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 264, len87, true);
            dataView(memory0).setUint32(ptr0 + 260, ptr87, true);
            var variant88 = v82_4;
            if (variant88 === null || variant88=== undefined) {
              dataView(memory0).setInt8(ptr0 + 268, 0, true);
            } else {
              const e = variant88;
              dataView(memory0).setInt8(ptr0 + 268, 1, true);
              dataView(memory0).setInt8(ptr0 + 269, toUint8(e), true);
            }
            var {token: v89_0, name: v89_1 } = v46_2;
            
            var encodeRes = _utf8AllocateAndEncode(v89_0, realloc0, memory0);
            var ptr90= encodeRes.ptr;
            var len90 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 276, len90, true);
            dataView(memory0).setUint32(ptr0 + 272, ptr90, true);
            
            var encodeRes = _utf8AllocateAndEncode(v89_1, realloc0, memory0);
            var ptr91= encodeRes.ptr;
            var len91 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 284, len91, true);
            dataView(memory0).setUint32(ptr0 + 280, ptr91, true);
            var variant107 = v46_3;
            if (variant107 === null || variant107=== undefined) {
              dataView(memory0).setInt8(ptr0 + 288, 0, true);
            } else {
              const e = variant107;
              dataView(memory0).setInt8(ptr0 + 288, 1, true);
              var {id: v92_0, name: v92_1, template: v92_2, parameters: v92_3, mediaType: v92_4, contentJson: v92_5 } = e;
              dataView(memory0).setBigInt64(ptr0 + 296, toUint64(v92_0), true);
              
              var encodeRes = _utf8AllocateAndEncode(v92_1, realloc0, memory0);
              var ptr93= encodeRes.ptr;
              var len93 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 308, len93, true);
              dataView(memory0).setUint32(ptr0 + 304, ptr93, true);
              
              var encodeRes = _utf8AllocateAndEncode(v92_2, realloc0, memory0);
              var ptr94= encodeRes.ptr;
              var len94 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 316, len94, true);
              dataView(memory0).setUint32(ptr0 + 312, ptr94, true);
              var vec104 = v92_3;
              var len104 = vec104.length;
              var result104 = realloc0(0, 0, 4, len104 * 40);
              for (let i = 0; i < vec104.length; i++) {
                const e = vec104[i];
                const base = result104 + i * 40;var {key: v95_0, objectType: v95_1, id: v95_2, name: v95_3, fields: v95_4 } = e;
                
                var encodeRes = _utf8AllocateAndEncode(v95_0, realloc0, memory0);
                var ptr96= encodeRes.ptr;
                var len96 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 4, len96, true);
                dataView(memory0).setUint32(base + 0, ptr96, true);
                
                var encodeRes = _utf8AllocateAndEncode(v95_1, realloc0, memory0);
                var ptr97= encodeRes.ptr;
                var len97 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 12, len97, true);
                dataView(memory0).setUint32(base + 8, ptr97, true);
                
                var encodeRes = _utf8AllocateAndEncode(v95_2, realloc0, memory0);
                var ptr98= encodeRes.ptr;
                var len98 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 20, len98, true);
                dataView(memory0).setUint32(base + 16, ptr98, true);
                
                var encodeRes = _utf8AllocateAndEncode(v95_3, realloc0, memory0);
                var ptr99= encodeRes.ptr;
                var len99 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 28, len99, true);
                dataView(memory0).setUint32(base + 24, ptr99, true);
                var vec103 = v95_4;
                var len103 = vec103.length;
                var result103 = realloc0(0, 0, 4, len103 * 20);
                for (let i = 0; i < vec103.length; i++) {
                  const e = vec103[i];
                  const base = result103 + i * 20;var {name: v100_0, value: v100_1, isJson: v100_2 } = e;
                  
                  var encodeRes = _utf8AllocateAndEncode(v100_0, realloc0, memory0);
                  var ptr101= encodeRes.ptr;
                  var len101 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 4, len101, true);
                  dataView(memory0).setUint32(base + 0, ptr101, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v100_1, realloc0, memory0);
                  var ptr102= encodeRes.ptr;
                  var len102 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 12, len102, true);
                  dataView(memory0).setUint32(base + 8, ptr102, true);
                  dataView(memory0).setInt8(base + 16, v100_2 ? 1 : 0, true);
                }
                dataView(memory0).setUint32(base + 36, len103, true);
                dataView(memory0).setUint32(base + 32, result103, true);
              }
              dataView(memory0).setUint32(ptr0 + 324, len104, true);
              dataView(memory0).setUint32(ptr0 + 320, result104, true);
              
              var encodeRes = _utf8AllocateAndEncode(v92_4, realloc0, memory0);
              var ptr105= encodeRes.ptr;
              var len105 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 332, len105, true);
              dataView(memory0).setUint32(ptr0 + 328, ptr105, true);
              
              var encodeRes = _utf8AllocateAndEncode(v92_5, realloc0, memory0);
              var ptr106= encodeRes.ptr;
              var len106 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 340, len106, true);
              dataView(memory0).setUint32(ptr0 + 336, ptr106, true);
            }
            var variant109 = v46_4;
            if (variant109 === null || variant109=== undefined) {
              dataView(memory0).setInt8(ptr0 + 344, 0, true);
            } else {
              const e = variant109;
              dataView(memory0).setInt8(ptr0 + 344, 1, true);
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr108= encodeRes.ptr;
              var len108 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 352, len108, true);
              dataView(memory0).setUint32(ptr0 + 348, ptr108, true);
            }
            
            var encodeRes = _utf8AllocateAndEncode(arg4, realloc0, memory0);
            var ptr110= encodeRes.ptr;
            var len110 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 364, len110, true);
            dataView(memory0).setUint32(ptr0 + 360, ptr110, true);
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="decide"][Instruction::CallWasm] enter', {
              funcName: 'decide',
              paramCount: 1,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030Decide(ptr0),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant140;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var ptr111 = dataView(memory0).getUint32(ret + 8, true);
                var len111 = dataView(memory0).getUint32(ret + 12, true);
                var result111 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr111, len111));
                variant140= {
                  tag: 'ignore',
                  val: result111
                };
                break;
              }
              case 1: {
                var ptr112 = dataView(memory0).getUint32(ret + 8, true);
                var len112 = dataView(memory0).getUint32(ret + 12, true);
                var result112 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr112, len112));
                var ptr113 = dataView(memory0).getUint32(ret + 16, true);
                var len113 = dataView(memory0).getUint32(ret + 20, true);
                var result113 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr113, len113));
                let variant114;
                switch (dataView(memory0).getUint8(ret + 24, true)) {
                  case 0: {
                    variant114 = undefined;
                    break;
                  }
                  case 1: {
                    variant114 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 32, true)));
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                let variant124;
                switch (dataView(memory0).getUint8(ret + 40, true)) {
                  case 0: {
                    variant124 = undefined;
                    break;
                  }
                  case 1: {
                    let variant123;
                    switch (dataView(memory0).getUint8(ret + 44, true)) {
                      case 0: {
                        let variant116;
                        switch (dataView(memory0).getUint8(ret + 48, true)) {
                          case 0: {
                            variant116 = undefined;
                            break;
                          }
                          case 1: {
                            let enum115;
                            switch (dataView(memory0).getUint8(ret + 49, true)) {
                              case 0: {
                                enum115 = 'all';
                                break;
                              }
                              case 1: {
                                enum115 = 'mention';
                                break;
                              }
                              case 2: {
                                enum115 = 'off';
                                break;
                              }
                              default: {
                                throw new TypeError('invalid discriminant specified for Mode');
                              }
                            }
                            variant116 = enum115;
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        let variant118;
                        switch (dataView(memory0).getUint8(ret + 52, true)) {
                          case 0: {
                            variant118 = undefined;
                            break;
                          }
                          case 1: {
                            var ptr117 = dataView(memory0).getUint32(ret + 56, true);
                            var len117 = dataView(memory0).getUint32(ret + 60, true);
                            var result117 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr117, len117));
                            variant118 = result117;
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        let variant120;
                        switch (dataView(memory0).getUint8(ret + 64, true)) {
                          case 0: {
                            variant120 = undefined;
                            break;
                          }
                          case 1: {
                            var ptr119 = dataView(memory0).getUint32(ret + 68, true);
                            var len119 = dataView(memory0).getUint32(ret + 72, true);
                            var result119 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr119, len119));
                            variant120 = result119;
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        variant123= {
                          tag: 'set',
                          val: {
                            mode: variant116,
                            persona: variant118,
                            schedules: variant120,
                          }
                        };
                        break;
                      }
                      case 1: {
                        let variant122;
                        switch (dataView(memory0).getUint8(ret + 48, true)) {
                          case 0: {
                            variant122 = undefined;
                            break;
                          }
                          case 1: {
                            var ptr121 = dataView(memory0).getUint32(ret + 52, true);
                            var len121 = dataView(memory0).getUint32(ret + 56, true);
                            var result121 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr121, len121));
                            variant122 = result121;
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        variant123= {
                          tag: 'forget',
                          val: variant122
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for SettingsChange');
                      }
                    }
                    variant124 = variant123;
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                variant140= {
                  tag: 'command',
                  val: {
                    reply: {
                      text: result112,
                      referenceId: result113,
                      replyTo: variant114,
                    },
                    change: variant124,
                  }
                };
                break;
              }
              case 2: {
                var ptr125 = dataView(memory0).getUint32(ret + 8, true);
                var len125 = dataView(memory0).getUint32(ret + 12, true);
                var result125 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr125, len125));
                var ptr126 = dataView(memory0).getUint32(ret + 16, true);
                var len126 = dataView(memory0).getUint32(ret + 20, true);
                var result126 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr126, len126));
                let variant127;
                switch (dataView(memory0).getUint8(ret + 24, true)) {
                  case 0: {
                    variant127 = undefined;
                    break;
                  }
                  case 1: {
                    variant127 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 32, true)));
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                variant140= {
                  tag: 'greet',
                  val: {
                    text: result125,
                    referenceId: result126,
                    replyTo: variant127,
                  }
                };
                break;
              }
              case 3: {
                variant140= {
                  tag: 'leave',
                };
                break;
              }
              case 4: {
                var ptr128 = dataView(memory0).getUint32(ret + 8, true);
                var len128 = dataView(memory0).getUint32(ret + 12, true);
                var result128 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr128, len128));
                var ptr129 = dataView(memory0).getUint32(ret + 16, true);
                var len129 = dataView(memory0).getUint32(ret + 20, true);
                var result129 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr129, len129));
                var ptr130 = dataView(memory0).getUint32(ret + 24, true);
                var len130 = dataView(memory0).getUint32(ret + 28, true);
                var result130 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr130, len130));
                var ptr131 = dataView(memory0).getUint32(ret + 32, true);
                var len131 = dataView(memory0).getUint32(ret + 36, true);
                var result131 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr131, len131));
                var len133 = dataView(memory0).getUint32(ret + 44, true);
                var base133 = dataView(memory0).getUint32(ret + 40, true);
                if (base133 % 4 !== 0) throw new TypeError(`list pointer [${base133}] is not aligned to 4`);
                var result133 = [];
                for (let i = 0; i < len133; i++) {
                  const base = base133 + i * 8;
                  var ptr132 = dataView(memory0).getUint32(base + 0, true);
                  var len132 = dataView(memory0).getUint32(base + 4, true);
                  var result132 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr132, len132));
                  result133.push(result132);
                }
                let variant134;
                switch (dataView(memory0).getUint8(ret + 56, true)) {
                  case 0: {
                    variant134 = undefined;
                    break;
                  }
                  case 1: {
                    variant134 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 64, true)));
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                var ptr135 = dataView(memory0).getUint32(ret + 72, true);
                var len135 = dataView(memory0).getUint32(ret + 76, true);
                var result135 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr135, len135));
                let variant139;
                switch (dataView(memory0).getUint8(ret + 80, true)) {
                  case 0: {
                    variant139 = undefined;
                    break;
                  }
                  case 1: {
                    var ptr136 = dataView(memory0).getUint32(ret + 96, true);
                    var len136 = dataView(memory0).getUint32(ret + 100, true);
                    var result136 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr136, len136));
                    var ptr137 = dataView(memory0).getUint32(ret + 104, true);
                    var len137 = dataView(memory0).getUint32(ret + 108, true);
                    var result137 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr137, len137));
                    var bool138 = dataView(memory0).getUint8(ret + 112, true);
                    variant139 = {
                      id: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 88, true))),
                      author: result136,
                      text: result137,
                      byBot: bool138 == 0 ? false : (bool138 == 1 ? true : throwInvalidBool()),
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                variant140= {
                  tag: 'answer',
                  val: {
                    text: result128,
                    author: result129,
                    persona: result130,
                    systemPrompt: result131,
                    responders: result133,
                    messageId: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 48, true))),
                    replyTo: variant134,
                    referenceId: result135,
                    quoted: variant139,
                    memoryTurns: dataView(memory0).getInt32(ret + 120, true) >>> 0,
                  }
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for Decision');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="decide"][Instruction::Return]', {
              funcName: 'decide',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([variant140]);
            const retCopy = variant140;
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn11(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030ModelRequest;
    
    function modelRequest(arg0, arg1, arg2) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030ModelRequest',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var ptr0 = realloc0(0, 0, 8, 184);
            var {baseUrl: v1_0, model: v1_1, apiKey: v1_2, temperature: v1_3, maxTokens: v1_4 } = arg0;
            
            var encodeRes = _utf8AllocateAndEncode(v1_0, realloc0, memory0);
            var ptr2= encodeRes.ptr;
            var len2 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 4, len2, true);
            dataView(memory0).setUint32(ptr0 + 0, ptr2, true);
            
            var encodeRes = _utf8AllocateAndEncode(v1_1, realloc0, memory0);
            var ptr3= encodeRes.ptr;
            var len3 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 12, len3, true);
            dataView(memory0).setUint32(ptr0 + 8, ptr3, true);
            var variant5 = v1_2;
            if (variant5 === null || variant5=== undefined) {
              dataView(memory0).setInt8(ptr0 + 16, 0, true);
            } else {
              const e = variant5;
              dataView(memory0).setInt8(ptr0 + 16, 1, true);
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr4= encodeRes.ptr;
              var len4 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 24, len4, true);
              dataView(memory0).setUint32(ptr0 + 20, ptr4, true);
            }
            var variant6 = v1_3;
            if (variant6 === null || variant6=== undefined) {
              dataView(memory0).setInt8(ptr0 + 32, 0, true);
            } else {
              const e = variant6;
              dataView(memory0).setInt8(ptr0 + 32, 1, true);
              dataView(memory0).setFloat64(ptr0 + 40, +e, true);
            }
            var variant7 = v1_4;
            if (variant7 === null || variant7=== undefined) {
              dataView(memory0).setInt8(ptr0 + 48, 0, true);
            } else {
              const e = variant7;
              dataView(memory0).setInt8(ptr0 + 48, 1, true);
              dataView(memory0).setInt32(ptr0 + 52, toUint32(e), true);
            }
            var {text: v8_0, author: v8_1, persona: v8_2, systemPrompt: v8_3, responders: v8_4, messageId: v8_5, replyTo: v8_6, referenceId: v8_7, quoted: v8_8, memoryTurns: v8_9 } = arg1;
            
            var encodeRes = _utf8AllocateAndEncode(v8_0, realloc0, memory0);
            var ptr9= encodeRes.ptr;
            var len9 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 60, len9, true);
            dataView(memory0).setUint32(ptr0 + 56, ptr9, true);
            
            var encodeRes = _utf8AllocateAndEncode(v8_1, realloc0, memory0);
            var ptr10= encodeRes.ptr;
            var len10 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 68, len10, true);
            dataView(memory0).setUint32(ptr0 + 64, ptr10, true);
            
            var encodeRes = _utf8AllocateAndEncode(v8_2, realloc0, memory0);
            var ptr11= encodeRes.ptr;
            var len11 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 76, len11, true);
            dataView(memory0).setUint32(ptr0 + 72, ptr11, true);
            
            var encodeRes = _utf8AllocateAndEncode(v8_3, realloc0, memory0);
            var ptr12= encodeRes.ptr;
            var len12 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 84, len12, true);
            dataView(memory0).setUint32(ptr0 + 80, ptr12, true);
            var vec14 = v8_4;
            var len14 = vec14.length;
            var result14 = realloc0(0, 0, 4, len14 * 8);
            for (let i = 0; i < vec14.length; i++) {
              const e = vec14[i];
              const base = result14 + i * 8;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr13= encodeRes.ptr;
              var len13 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len13, true);
              dataView(memory0).setUint32(base + 0, ptr13, true);
            }
            dataView(memory0).setUint32(ptr0 + 92, len14, true);
            dataView(memory0).setUint32(ptr0 + 88, result14, true);
            dataView(memory0).setBigInt64(ptr0 + 96, toUint64(v8_5), true);
            var variant15 = v8_6;
            if (variant15 === null || variant15=== undefined) {
              dataView(memory0).setInt8(ptr0 + 104, 0, true);
            } else {
              const e = variant15;
              dataView(memory0).setInt8(ptr0 + 104, 1, true);
              dataView(memory0).setBigInt64(ptr0 + 112, toUint64(e), true);
            }
            
            var encodeRes = _utf8AllocateAndEncode(v8_7, realloc0, memory0);
            var ptr16= encodeRes.ptr;
            var len16 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 124, len16, true);
            dataView(memory0).setUint32(ptr0 + 120, ptr16, true);
            var variant20 = v8_8;
            if (variant20 === null || variant20=== undefined) {
              dataView(memory0).setInt8(ptr0 + 128, 0, true);
            } else {
              const e = variant20;
              dataView(memory0).setInt8(ptr0 + 128, 1, true);
              var {id: v17_0, author: v17_1, text: v17_2, byBot: v17_3 } = e;
              dataView(memory0).setBigInt64(ptr0 + 136, toUint64(v17_0), true);
              
              var encodeRes = _utf8AllocateAndEncode(v17_1, realloc0, memory0);
              var ptr18= encodeRes.ptr;
              var len18 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 148, len18, true);
              dataView(memory0).setUint32(ptr0 + 144, ptr18, true);
              
              var encodeRes = _utf8AllocateAndEncode(v17_2, realloc0, memory0);
              var ptr19= encodeRes.ptr;
              var len19 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 156, len19, true);
              dataView(memory0).setUint32(ptr0 + 152, ptr19, true);
              dataView(memory0).setInt8(ptr0 + 160, v17_3 ? 1 : 0, true);
            }
            dataView(memory0).setInt32(ptr0 + 168, toUint32(v8_9), true);
            var vec25 = arg2;
            var len25 = vec25.length;
            var result25 = realloc0(0, 0, 4, len25 * 20);
            for (let i = 0; i < vec25.length; i++) {
              const e = vec25[i];
              const base = result25 + i * 20;var {role: v21_0, author: v21_1, text: v21_2 } = e;
              var val22 = v21_0;
              let enum22;
              switch (val22) {
                case 'user': {
                  enum22 = 0;
                  break;
                }
                case 'assistant': {
                  enum22 = 1;
                  break;
                }
                default: {
                  if ((v21_0) instanceof Error) {
                    console.error(v21_0);
                  }
                  
                  throw new TypeError(`"${val22}" is not one of the cases of role`);
                }
              }
              dataView(memory0).setInt8(base + 0, enum22, true);
              
              var encodeRes = _utf8AllocateAndEncode(v21_1, realloc0, memory0);
              var ptr23= encodeRes.ptr;
              var len23 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 8, len23, true);
              dataView(memory0).setUint32(base + 4, ptr23, true);
              
              var encodeRes = _utf8AllocateAndEncode(v21_2, realloc0, memory0);
              var ptr24= encodeRes.ptr;
              var len24 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 16, len24, true);
              dataView(memory0).setUint32(base + 12, ptr24, true);
            }
            dataView(memory0).setUint32(ptr0 + 180, len25, true);
            dataView(memory0).setUint32(ptr0 + 176, result25, true);
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="model-request"][Instruction::CallWasm] enter', {
              funcName: 'model-request',
              paramCount: 1,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030ModelRequest(ptr0),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let enum26;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                enum26 = 'get';
                break;
              }
              case 1: {
                enum26 = 'post';
                break;
              }
              case 2: {
                enum26 = 'delete';
                break;
              }
              default: {
                throw new TypeError('invalid discriminant specified for HttpMethod');
              }
            }
            var ptr27 = dataView(memory0).getUint32(ret + 4, true);
            var len27 = dataView(memory0).getUint32(ret + 8, true);
            var result27 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr27, len27));
            var len30 = dataView(memory0).getUint32(ret + 16, true);
            var base30 = dataView(memory0).getUint32(ret + 12, true);
            if (base30 % 4 !== 0) throw new TypeError(`list pointer [${base30}] is not aligned to 4`);
            var result30 = [];
            for (let i = 0; i < len30; i++) {
              const base = base30 + i * 16;
              var ptr28 = dataView(memory0).getUint32(base + 0, true);
              var len28 = dataView(memory0).getUint32(base + 4, true);
              var result28 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr28, len28));
              var ptr29 = dataView(memory0).getUint32(base + 8, true);
              var len29 = dataView(memory0).getUint32(base + 12, true);
              var result29 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr29, len29));
              result30.push([result28, result29]);
            }
            var ptr31 = dataView(memory0).getUint32(ret + 20, true);
            var len31 = dataView(memory0).getUint32(ret + 24, true);
            var result31 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr31, len31));
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="model-request"][Instruction::Return]', {
              funcName: 'model-request',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([{
              method: enum26,
              url: result27,
              headers: result30,
              body: result31,
            }]);
            const retCopy = {
              method: enum26,
              url: result27,
              headers: result30,
              body: result31,
            };
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn12(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030Retryable;
    
    function retryable(arg0) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030Retryable',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (null!== null) {
        task.setReturnMemoryIdx(null);
        task.setReturnMemory((() => null)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var val0 = arg0;
            let enum0;
            switch (val0) {
              case 'timeout': {
                enum0 = 0;
                break;
              }
              case 'rate-limited': {
                enum0 = 1;
                break;
              }
              case 'server-error': {
                enum0 = 2;
                break;
              }
              case 'connection': {
                enum0 = 3;
                break;
              }
              case 'refused': {
                enum0 = 4;
                break;
              }
              case 'failed': {
                enum0 = 5;
                break;
              }
              default: {
                if ((arg0) instanceof Error) {
                  console.error(arg0);
                }
                
                throw new TypeError(`"${val0}" is not one of the cases of failure-kind`);
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="retryable"][Instruction::CallWasm] enter', {
              funcName: 'retryable',
              paramCount: 1,
              async: false,
              postReturn: false,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030Retryable(enum0),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            var bool1 = ret;
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="retryable"][Instruction::Return]', {
              funcName: 'retryable',
              paramCount: 1,
              async: false,
              postReturn: false
            });
            task.resolve([bool1 == 0 ? false : (bool1 == 1 ? true : throwInvalidBool())]);
            task.exit();
            return bool1 == 0 ? false : (bool1 == 1 ? true : throwInvalidBool());
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030ModelAnswer;
    
    function modelAnswer(arg0, arg1, arg2) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030ModelAnswer',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var encodeRes = _utf8AllocateAndEncode(arg0, realloc0, memory0);
            var ptr0= encodeRes.ptr;
            var len0 = encodeRes.len;
            
            var val1 = arg2;
            var len1 = Array.isArray(val1) ? val1.length : val1.byteLength;
            var ptr1 = realloc0(0, 0, 1, len1 * 1);
            
            let valData1;
            const valLenBytes1 = len1 * 1;
            if (Array.isArray(val1)) {
              // Regular array likely containing numbers, write values to memory
              let offset = 0;
              const dv1 = new DataView(memory0.buffer);
              for (const v of val1) {
                _requireValidNumericPrimitive.bind(null, 'u8')(v);
                dv1.setUint8(ptr1+ offset, v, true);
                offset += 1;
              }
            } else {
              // TypedArray / ArrayBuffer-like, direct copy
              valData1 = new Uint8Array(val1.buffer || val1, val1.byteOffset, valLenBytes1);
              const out1 = new Uint8Array(memory0.buffer, ptr1, valLenBytes1);
              out1.set(valData1);
            }
            
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="model-answer"][Instruction::CallWasm] enter', {
              funcName: 'model-answer',
              paramCount: 5,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030ModelAnswer(ptr0, len0, toUint16(arg1), ptr1, len1),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant5;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var ptr2 = dataView(memory0).getUint32(ret + 4, true);
                var len2 = dataView(memory0).getUint32(ret + 8, true);
                var result2 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr2, len2));
                variant5= {
                  tag: 'ok',
                  val: result2
                };
                break;
              }
              case 1: {
                let enum3;
                switch (dataView(memory0).getUint8(ret + 4, true)) {
                  case 0: {
                    enum3 = 'timeout';
                    break;
                  }
                  case 1: {
                    enum3 = 'rate-limited';
                    break;
                  }
                  case 2: {
                    enum3 = 'server-error';
                    break;
                  }
                  case 3: {
                    enum3 = 'connection';
                    break;
                  }
                  case 4: {
                    enum3 = 'refused';
                    break;
                  }
                  case 5: {
                    enum3 = 'failed';
                    break;
                  }
                  default: {
                    throw new TypeError('invalid discriminant specified for FailureKind');
                  }
                }
                var ptr4 = dataView(memory0).getUint32(ret + 8, true);
                var len4 = dataView(memory0).getUint32(ret + 12, true);
                var result4 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr4, len4));
                variant5= {
                  tag: 'err',
                  val: {
                    kind: enum3,
                    reason: result4,
                  }
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="model-answer"][Instruction::Return]', {
              funcName: 'model-answer',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant5;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn13(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030FinishAnswer;
    
    function finishAnswer(arg0, arg1, arg2) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030FinishAnswer',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var encodeRes = _utf8AllocateAndEncode(arg0, realloc0, memory0);
            var ptr0= encodeRes.ptr;
            var len0 = encodeRes.len;
            
            var variant1 = arg1;
            let variant1_0;
            let variant1_1;
            if (variant1 === null || variant1=== undefined) {
              variant1_0 = 0;
              variant1_1 = 0;
            } else {
              const e = variant1;
              variant1_0 = 1;
              variant1_1 = toUint32(e);
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="finish-answer"][Instruction::CallWasm] enter', {
              funcName: 'finish-answer',
              paramCount: 5,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030FinishAnswer(ptr0, len0, variant1_0, variant1_1, arg2 ? 1 : 0),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant3;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                variant3 = undefined;
                break;
              }
              case 1: {
                var ptr2 = dataView(memory0).getUint32(ret + 4, true);
                var len2 = dataView(memory0).getUint32(ret + 8, true);
                var result2 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr2, len2));
                variant3 = result2;
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for option');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="finish-answer"][Instruction::Return]', {
              funcName: 'finish-answer',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([variant3]);
            const retCopy = variant3;
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn14(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030Remember;
    
    function remember(arg0, arg1, arg2) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030Remember',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var ptr0 = realloc0(0, 0, 8, 136);
            var {text: v1_0, author: v1_1, persona: v1_2, systemPrompt: v1_3, responders: v1_4, messageId: v1_5, replyTo: v1_6, referenceId: v1_7, quoted: v1_8, memoryTurns: v1_9 } = arg0;
            
            var encodeRes = _utf8AllocateAndEncode(v1_0, realloc0, memory0);
            var ptr2= encodeRes.ptr;
            var len2 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 4, len2, true);
            dataView(memory0).setUint32(ptr0 + 0, ptr2, true);
            
            var encodeRes = _utf8AllocateAndEncode(v1_1, realloc0, memory0);
            var ptr3= encodeRes.ptr;
            var len3 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 12, len3, true);
            dataView(memory0).setUint32(ptr0 + 8, ptr3, true);
            
            var encodeRes = _utf8AllocateAndEncode(v1_2, realloc0, memory0);
            var ptr4= encodeRes.ptr;
            var len4 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 20, len4, true);
            dataView(memory0).setUint32(ptr0 + 16, ptr4, true);
            
            var encodeRes = _utf8AllocateAndEncode(v1_3, realloc0, memory0);
            var ptr5= encodeRes.ptr;
            var len5 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 28, len5, true);
            dataView(memory0).setUint32(ptr0 + 24, ptr5, true);
            var vec7 = v1_4;
            var len7 = vec7.length;
            var result7 = realloc0(0, 0, 4, len7 * 8);
            for (let i = 0; i < vec7.length; i++) {
              const e = vec7[i];
              const base = result7 + i * 8;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr6= encodeRes.ptr;
              var len6 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len6, true);
              dataView(memory0).setUint32(base + 0, ptr6, true);
            }
            dataView(memory0).setUint32(ptr0 + 36, len7, true);
            dataView(memory0).setUint32(ptr0 + 32, result7, true);
            dataView(memory0).setBigInt64(ptr0 + 40, toUint64(v1_5), true);
            var variant8 = v1_6;
            if (variant8 === null || variant8=== undefined) {
              dataView(memory0).setInt8(ptr0 + 48, 0, true);
            } else {
              const e = variant8;
              dataView(memory0).setInt8(ptr0 + 48, 1, true);
              dataView(memory0).setBigInt64(ptr0 + 56, toUint64(e), true);
            }
            
            var encodeRes = _utf8AllocateAndEncode(v1_7, realloc0, memory0);
            var ptr9= encodeRes.ptr;
            var len9 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 68, len9, true);
            dataView(memory0).setUint32(ptr0 + 64, ptr9, true);
            var variant13 = v1_8;
            if (variant13 === null || variant13=== undefined) {
              dataView(memory0).setInt8(ptr0 + 72, 0, true);
            } else {
              const e = variant13;
              dataView(memory0).setInt8(ptr0 + 72, 1, true);
              var {id: v10_0, author: v10_1, text: v10_2, byBot: v10_3 } = e;
              dataView(memory0).setBigInt64(ptr0 + 80, toUint64(v10_0), true);
              
              var encodeRes = _utf8AllocateAndEncode(v10_1, realloc0, memory0);
              var ptr11= encodeRes.ptr;
              var len11 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 92, len11, true);
              dataView(memory0).setUint32(ptr0 + 88, ptr11, true);
              
              var encodeRes = _utf8AllocateAndEncode(v10_2, realloc0, memory0);
              var ptr12= encodeRes.ptr;
              var len12 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 100, len12, true);
              dataView(memory0).setUint32(ptr0 + 96, ptr12, true);
              dataView(memory0).setInt8(ptr0 + 104, v10_3 ? 1 : 0, true);
            }
            dataView(memory0).setInt32(ptr0 + 112, toUint32(v1_9), true);
            
            var encodeRes = _utf8AllocateAndEncode(arg1, realloc0, memory0);
            var ptr14= encodeRes.ptr;
            var len14 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 124, len14, true);
            dataView(memory0).setUint32(ptr0 + 120, ptr14, true);
            
            var encodeRes = _utf8AllocateAndEncode(arg2, realloc0, memory0);
            var ptr15= encodeRes.ptr;
            var len15 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 132, len15, true);
            dataView(memory0).setUint32(ptr0 + 128, ptr15, true);
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="remember"][Instruction::CallWasm] enter', {
              funcName: 'remember',
              paramCount: 1,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030Remember(ptr0),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            var len19 = dataView(memory0).getUint32(ret + 4, true);
            var base19 = dataView(memory0).getUint32(ret + 0, true);
            if (base19 % 4 !== 0) throw new TypeError(`list pointer [${base19}] is not aligned to 4`);
            var result19 = [];
            for (let i = 0; i < len19; i++) {
              const base = base19 + i * 20;
              let enum16;
              switch (dataView(memory0).getUint8(base + 0, true)) {
                case 0: {
                  enum16 = 'user';
                  break;
                }
                case 1: {
                  enum16 = 'assistant';
                  break;
                }
                default: {
                  throw new TypeError('invalid discriminant specified for Role');
                }
              }
              var ptr17 = dataView(memory0).getUint32(base + 4, true);
              var len17 = dataView(memory0).getUint32(base + 8, true);
              var result17 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr17, len17));
              var ptr18 = dataView(memory0).getUint32(base + 12, true);
              var len18 = dataView(memory0).getUint32(base + 16, true);
              var result18 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr18, len18));
              result19.push({
                role: enum16,
                author: result17,
                text: result18,
              });
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="remember"][Instruction::Return]', {
              funcName: 'remember',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([result19]);
            const retCopy = result19;
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn15(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030FallbackAfter;
    
    function fallbackAfter(arg0, arg1, arg2, arg3, arg4, arg5) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030FallbackAfter',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var vec5 = arg0;
            var len5 = vec5.length;
            var result5 = realloc0(0, 0, 4, len5 * 20);
            for (let i = 0; i < vec5.length; i++) {
              const e = vec5[i];
              const base = result5 + i * 20;var [tuple0_0, tuple0_1] = e;
              
              var encodeRes = _utf8AllocateAndEncode(tuple0_0, realloc0, memory0);
              var ptr1= encodeRes.ptr;
              var len1 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len1, true);
              dataView(memory0).setUint32(base + 0, ptr1, true);
              var {kind: v2_0, reason: v2_1 } = tuple0_1;
              var val3 = v2_0;
              let enum3;
              switch (val3) {
                case 'timeout': {
                  enum3 = 0;
                  break;
                }
                case 'rate-limited': {
                  enum3 = 1;
                  break;
                }
                case 'server-error': {
                  enum3 = 2;
                  break;
                }
                case 'connection': {
                  enum3 = 3;
                  break;
                }
                case 'refused': {
                  enum3 = 4;
                  break;
                }
                case 'failed': {
                  enum3 = 5;
                  break;
                }
                default: {
                  if ((v2_0) instanceof Error) {
                    console.error(v2_0);
                  }
                  
                  throw new TypeError(`"${val3}" is not one of the cases of failure-kind`);
                }
              }
              dataView(memory0).setInt8(base + 8, enum3, true);
              
              var encodeRes = _utf8AllocateAndEncode(v2_1, realloc0, memory0);
              var ptr4= encodeRes.ptr;
              var len4 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 16, len4, true);
              dataView(memory0).setUint32(base + 12, ptr4, true);
            }
            var variant7 = arg3;
            let variant7_0;
            let variant7_1;
            let variant7_2;
            if (variant7 === null || variant7=== undefined) {
              variant7_0 = 0;
              variant7_1 = 0;
              variant7_2 = 0;
            } else {
              const e = variant7;
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr6= encodeRes.ptr;
              var len6 = encodeRes.len;
              
              variant7_0 = 1;
              variant7_1 = ptr6;
              variant7_2 = len6;
            }
            var {initialBackoffMs: v8_0, maxBackoffMs: v8_1, retryForMs: v8_2, maxAttempts: v8_3 } = arg4;
            var variant9 = v8_3;
            let variant9_0;
            let variant9_1;
            if (variant9 === null || variant9=== undefined) {
              variant9_0 = 0;
              variant9_1 = 0;
            } else {
              const e = variant9;
              variant9_0 = 1;
              variant9_1 = toUint32(e);
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="fallback-after"][Instruction::CallWasm] enter', {
              funcName: 'fallback-after',
              paramCount: 13,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030FallbackAfter(result5, len5, toUint32(arg1), toUint32(arg2), variant7_0, variant7_1, variant7_2, toUint64(v8_0), toUint64(v8_1), toUint64(v8_2), variant9_0, variant9_1, toUint64(arg5)),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant13;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                variant13= {
                  tag: 'retry-at',
                  val: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 8, true)))
                };
                break;
              }
              case 1: {
                var ptr10 = dataView(memory0).getUint32(ret + 8, true);
                var len10 = dataView(memory0).getUint32(ret + 12, true);
                var result10 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr10, len10));
                var ptr11 = dataView(memory0).getUint32(ret + 16, true);
                var len11 = dataView(memory0).getUint32(ret + 20, true);
                var result11 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr11, len11));
                variant13= {
                  tag: 'notify',
                  val: [result10, result11]
                };
                break;
              }
              case 2: {
                var ptr12 = dataView(memory0).getUint32(ret + 8, true);
                var len12 = dataView(memory0).getUint32(ret + 12, true);
                var result12 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr12, len12));
                variant13= {
                  tag: 'give-up',
                  val: result12
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for Fallback');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="fallback-after"][Instruction::Return]', {
              funcName: 'fallback-after',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([variant13]);
            const retCopy = variant13;
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn16(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030DefaultRetryPolicy;
    
    function defaultRetryPolicy() {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030DefaultRetryPolicy',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="default-retry-policy"][Instruction::CallWasm] enter', {
              funcName: 'default-retry-policy',
              paramCount: 0,
              async: false,
              postReturn: false,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030DefaultRetryPolicy(),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant0;
            switch (dataView(memory0).getUint8(ret + 24, true)) {
              case 0: {
                variant0 = undefined;
                break;
              }
              case 1: {
                variant0 = dataView(memory0).getInt32(ret + 28, true) >>> 0;
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for option');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="default-retry-policy"][Instruction::Return]', {
              funcName: 'default-retry-policy',
              paramCount: 1,
              async: false,
              postReturn: false
            });
            task.resolve([{
              initialBackoffMs: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 0, true))),
              maxBackoffMs: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 8, true))),
              retryForMs: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 16, true))),
              maxAttempts: variant0,
            }]);
            task.exit();
            return {
              initialBackoffMs: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 0, true))),
              maxBackoffMs: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 8, true))),
              retryForMs: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 16, true))),
              maxAttempts: variant0,
            };
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030Classify;
    
    function classify(arg0, arg1, arg2, arg3, arg4) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030Classify',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var variant6 = arg0;
            let variant6_0;
            let variant6_1;
            let variant6_2;
            let variant6_3;
            switch (variant6.tag) {
              case 'status': {
                const e = variant6.val;
                var [tuple0_0, tuple0_1] = e;
                var vec4 = tuple0_1;
                var len4 = vec4.length;
                var result4 = realloc0(0, 0, 4, len4 * 16);
                for (let i = 0; i < vec4.length; i++) {
                  const e = vec4[i];
                  const base = result4 + i * 16;var [tuple1_0, tuple1_1] = e;
                  
                  var encodeRes = _utf8AllocateAndEncode(tuple1_0, realloc0, memory0);
                  var ptr2= encodeRes.ptr;
                  var len2 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 4, len2, true);
                  dataView(memory0).setUint32(base + 0, ptr2, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(tuple1_1, realloc0, memory0);
                  var ptr3= encodeRes.ptr;
                  var len3 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 12, len3, true);
                  dataView(memory0).setUint32(base + 8, ptr3, true);
                }
                variant6_0 = 0;
                variant6_1 = toUint16(tuple0_0);
                variant6_2 = result4;
                variant6_3 = len4;
                break;
              }
              case 'unreachable': {
                const e = variant6.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr5= encodeRes.ptr;
                var len5 = encodeRes.len;
                
                variant6_0 = 1;
                variant6_1 = ptr5;
                variant6_2 = len5;
                variant6_3 = 0;
                break;
              }
              default: {
                throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant6.tag)}\` (received \`${variant6}\`) specified for \`TalkAnswer\``);
              }
            }
            var {attempts: v7_0, receivedAt: v7_1 } = arg2;
            var {initialBackoffMs: v8_0, maxBackoffMs: v8_1, retryForMs: v8_2, maxAttempts: v8_3 } = arg3;
            var variant9 = v8_3;
            let variant9_0;
            let variant9_1;
            if (variant9 === null || variant9=== undefined) {
              variant9_0 = 0;
              variant9_1 = 0;
            } else {
              const e = variant9;
              variant9_0 = 1;
              variant9_1 = toUint32(e);
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="classify"][Instruction::CallWasm] enter', {
              funcName: 'classify',
              paramCount: 13,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030Classify(variant6_0, variant6_1, variant6_2, variant6_3, toUint32(arg1), toUint32(v7_0), toUint64(v7_1), toUint64(v8_0), toUint64(v8_1), toUint64(v8_2), variant9_0, variant9_1, toUint64(arg4)),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant13;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                variant13= {
                  tag: 'delivered',
                };
                break;
              }
              case 1: {
                var ptr10 = dataView(memory0).getUint32(ret + 16, true);
                var len10 = dataView(memory0).getUint32(ret + 20, true);
                var result10 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr10, len10));
                variant13= {
                  tag: 'retry',
                  val: {
                    at: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 8, true))),
                    reason: result10,
                  }
                };
                break;
              }
              case 2: {
                variant13= {
                  tag: 'split-again',
                  val: dataView(memory0).getInt32(ret + 8, true) >>> 0
                };
                break;
              }
              case 3: {
                var ptr11 = dataView(memory0).getUint32(ret + 16, true);
                var len11 = dataView(memory0).getUint32(ret + 20, true);
                var result11 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr11, len11));
                variant13= {
                  tag: 'unauthorized',
                  val: {
                    at: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 8, true))),
                    reason: result11,
                  }
                };
                break;
              }
              case 4: {
                var ptr12 = dataView(memory0).getUint32(ret + 8, true);
                var len12 = dataView(memory0).getUint32(ret + 12, true);
                var result12 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr12, len12));
                variant13= {
                  tag: 'rejected',
                  val: result12
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for Outcome');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="classify"][Instruction::Return]', {
              funcName: 'classify',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([variant13]);
            const retCopy = variant13;
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn17(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030Expired;
    
    function expired(arg0, arg1, arg2) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030Expired',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var {attempts: v0_0, receivedAt: v0_1 } = arg0;
            var {initialBackoffMs: v1_0, maxBackoffMs: v1_1, retryForMs: v1_2, maxAttempts: v1_3 } = arg1;
            var variant2 = v1_3;
            let variant2_0;
            let variant2_1;
            if (variant2 === null || variant2=== undefined) {
              variant2_0 = 0;
              variant2_1 = 0;
            } else {
              const e = variant2;
              variant2_0 = 1;
              variant2_1 = toUint32(e);
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="expired"][Instruction::CallWasm] enter', {
              funcName: 'expired',
              paramCount: 8,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030Expired(toUint32(v0_0), toUint64(v0_1), toUint64(v1_0), toUint64(v1_1), toUint64(v1_2), variant2_0, variant2_1, toUint64(arg2)),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant4;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                variant4 = undefined;
                break;
              }
              case 1: {
                var ptr3 = dataView(memory0).getUint32(ret + 4, true);
                var len3 = dataView(memory0).getUint32(ret + 8, true);
                var result3 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr3, len3));
                variant4 = result3;
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for option');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="expired"][Instruction::Return]', {
              funcName: 'expired',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([variant4]);
            const retCopy = variant4;
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn14(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030ExplainStatus;
    
    function explainStatus(arg0) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030ExplainStatus',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="explain-status"][Instruction::CallWasm] enter', {
              funcName: 'explain-status',
              paramCount: 1,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030ExplainStatus(toUint16(arg0)),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            var ptr0 = dataView(memory0).getUint32(ret + 0, true);
            var len0 = dataView(memory0).getUint32(ret + 4, true);
            var result0 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr0, len0));
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="explain-status"][Instruction::Return]', {
              funcName: 'explain-status',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([result0]);
            const retCopy = result0;
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn3(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030UnauthorizedBudget;
    
    function unauthorizedBudget() {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030UnauthorizedBudget',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (null!== null) {
        task.setReturnMemoryIdx(null);
        task.setReturnMemory((() => null)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="unauthorized-budget"][Instruction::CallWasm] enter', {
              funcName: 'unauthorized-budget',
              paramCount: 0,
              async: false,
              postReturn: false,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030UnauthorizedBudget(),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="unauthorized-budget"][Instruction::Return]', {
              funcName: 'unauthorized-budget',
              paramCount: 1,
              async: false,
              postReturn: false
            });
            task.resolve([ret >>> 0]);
            task.exit();
            return ret >>> 0;
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030BreakerStep;
    
    function breakerStep(arg0, arg1, arg2) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030BreakerStep',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var ptr0 = realloc0(0, 0, 8, 104);
            var {refusing: v1_0, held: v1_1, probing: v1_2, everAccepted: v1_3, unauthorizedAt: v1_4, doubted: v1_5, disabled: v1_6, pausedUntil: v1_7, pausedBecause: v1_8 } = arg0;
            var vec3 = v1_0;
            var len3 = vec3.length;
            var result3 = realloc0(0, 0, 4, len3 * 8);
            for (let i = 0; i < vec3.length; i++) {
              const e = vec3[i];
              const base = result3 + i * 8;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr2= encodeRes.ptr;
              var len2 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len2, true);
              dataView(memory0).setUint32(base + 0, ptr2, true);
            }
            dataView(memory0).setUint32(ptr0 + 4, len3, true);
            dataView(memory0).setUint32(ptr0 + 0, result3, true);
            dataView(memory0).setInt8(ptr0 + 8, v1_1 ? 1 : 0, true);
            dataView(memory0).setInt8(ptr0 + 9, v1_2 ? 1 : 0, true);
            dataView(memory0).setInt8(ptr0 + 10, v1_3 ? 1 : 0, true);
            var val4 = v1_4;
            var len4 = val4.length;
            var ptr4 = realloc0(0, 0, 8, len4 * 8);
            
            let valData4;
            const valLenBytes4 = len4 * 8;
            if (Array.isArray(val4)) {
              // Regular array likely containing numbers, write values to memory
              let offset = 0;
              const dv4 = new DataView(memory0.buffer);
              for (const v of val4) {
                _requireValidNumericPrimitive.bind(null, 'u64')(v);
                dv4.setBigUint64(ptr4+ offset, v, true);
                offset += 8;
              }
            } else {
              // TypedArray / ArrayBuffer-like, direct copy
              valData4 = new Uint8Array(val4.buffer || val4, val4.byteOffset, valLenBytes4);
              const out4 = new Uint8Array(memory0.buffer, ptr4, valLenBytes4);
              out4.set(valData4);
            }
            
            dataView(memory0).setUint32(ptr0 + 16, len4, true);
            dataView(memory0).setUint32(ptr0 + 12, ptr4, true);
            var vec6 = v1_5;
            var len6 = vec6.length;
            var result6 = realloc0(0, 0, 4, len6 * 8);
            for (let i = 0; i < vec6.length; i++) {
              const e = vec6[i];
              const base = result6 + i * 8;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr5= encodeRes.ptr;
              var len5 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len5, true);
              dataView(memory0).setUint32(base + 0, ptr5, true);
            }
            dataView(memory0).setUint32(ptr0 + 24, len6, true);
            dataView(memory0).setUint32(ptr0 + 20, result6, true);
            var vec8 = v1_6;
            var len8 = vec8.length;
            var result8 = realloc0(0, 0, 4, len8 * 8);
            for (let i = 0; i < vec8.length; i++) {
              const e = vec8[i];
              const base = result8 + i * 8;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr7= encodeRes.ptr;
              var len7 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len7, true);
              dataView(memory0).setUint32(base + 0, ptr7, true);
            }
            dataView(memory0).setUint32(ptr0 + 32, len8, true);
            dataView(memory0).setUint32(ptr0 + 28, result8, true);
            var variant9 = v1_7;
            if (variant9 === null || variant9=== undefined) {
              dataView(memory0).setInt8(ptr0 + 40, 0, true);
            } else {
              const e = variant9;
              dataView(memory0).setInt8(ptr0 + 40, 1, true);
              dataView(memory0).setBigInt64(ptr0 + 48, toUint64(e), true);
            }
            var variant11 = v1_8;
            if (variant11 === null || variant11=== undefined) {
              dataView(memory0).setInt8(ptr0 + 56, 0, true);
            } else {
              const e = variant11;
              dataView(memory0).setInt8(ptr0 + 56, 1, true);
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr10= encodeRes.ptr;
              var len10 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 64, len10, true);
              dataView(memory0).setUint32(ptr0 + 60, ptr10, true);
            }
            var variant26 = arg1;
            switch (variant26.tag) {
              case 'ask': {
                const e = variant26.val;
                dataView(memory0).setInt8(ptr0 + 72, 0, true);
                var [tuple12_0, tuple12_1] = e;
                
                var encodeRes = _utf8AllocateAndEncode(tuple12_0, realloc0, memory0);
                var ptr13= encodeRes.ptr;
                var len13 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 84, len13, true);
                dataView(memory0).setUint32(ptr0 + 80, ptr13, true);
                dataView(memory0).setInt32(ptr0 + 88, toUint32(tuple12_1), true);
                break;
              }
              case 'refused': {
                const e = variant26.val;
                dataView(memory0).setInt8(ptr0 + 72, 1, true);
                var [tuple14_0, tuple14_1] = e;
                
                var encodeRes = _utf8AllocateAndEncode(tuple14_0, realloc0, memory0);
                var ptr15= encodeRes.ptr;
                var len15 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 84, len15, true);
                dataView(memory0).setUint32(ptr0 + 80, ptr15, true);
                dataView(memory0).setInt32(ptr0 + 88, toUint32(tuple14_1), true);
                break;
              }
              case 'counted': {
                const e = variant26.val;
                dataView(memory0).setInt8(ptr0 + 72, 2, true);
                dataView(memory0).setBigInt64(ptr0 + 80, toUint64(e), true);
                break;
              }
              case 'answered': {
                const e = variant26.val;
                dataView(memory0).setInt8(ptr0 + 72, 3, true);
                var variant22 = e;
                switch (variant22.tag) {
                  case 'status': {
                    const e = variant22.val;
                    dataView(memory0).setInt8(ptr0 + 80, 0, true);
                    var [tuple16_0, tuple16_1] = e;
                    dataView(memory0).setInt16(ptr0 + 84, toUint16(tuple16_0), true);
                    var vec20 = tuple16_1;
                    var len20 = vec20.length;
                    var result20 = realloc0(0, 0, 4, len20 * 16);
                    for (let i = 0; i < vec20.length; i++) {
                      const e = vec20[i];
                      const base = result20 + i * 16;var [tuple17_0, tuple17_1] = e;
                      
                      var encodeRes = _utf8AllocateAndEncode(tuple17_0, realloc0, memory0);
                      var ptr18= encodeRes.ptr;
                      var len18 = encodeRes.len;
                      
                      dataView(memory0).setUint32(base + 4, len18, true);
                      dataView(memory0).setUint32(base + 0, ptr18, true);
                      
                      var encodeRes = _utf8AllocateAndEncode(tuple17_1, realloc0, memory0);
                      var ptr19= encodeRes.ptr;
                      var len19 = encodeRes.len;
                      
                      dataView(memory0).setUint32(base + 12, len19, true);
                      dataView(memory0).setUint32(base + 8, ptr19, true);
                    }
                    dataView(memory0).setUint32(ptr0 + 92, len20, true);
                    dataView(memory0).setUint32(ptr0 + 88, result20, true);
                    break;
                  }
                  case 'unreachable': {
                    const e = variant22.val;
                    dataView(memory0).setInt8(ptr0 + 80, 1, true);
                    
                    var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                    var ptr21= encodeRes.ptr;
                    var len21 = encodeRes.len;
                    
                    dataView(memory0).setUint32(ptr0 + 88, len21, true);
                    dataView(memory0).setUint32(ptr0 + 84, ptr21, true);
                    break;
                  }
                  default: {
                    throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant22.tag)}\` (received \`${variant22}\`) specified for \`TalkAnswer\``);
                  }
                }
                break;
              }
              case 'accepted': {
                const e = variant26.val;
                dataView(memory0).setInt8(ptr0 + 72, 4, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr23= encodeRes.ptr;
                var len23 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 84, len23, true);
                dataView(memory0).setUint32(ptr0 + 80, ptr23, true);
                break;
              }
              case 'room-alive': {
                const e = variant26.val;
                dataView(memory0).setInt8(ptr0 + 72, 5, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr24= encodeRes.ptr;
                var len24 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 84, len24, true);
                dataView(memory0).setUint32(ptr0 + 80, ptr24, true);
                break;
              }
              case 'left': {
                const e = variant26.val;
                dataView(memory0).setInt8(ptr0 + 72, 6, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr25= encodeRes.ptr;
                var len25 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 84, len25, true);
                dataView(memory0).setUint32(ptr0 + 80, ptr25, true);
                break;
              }
              default: {
                throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant26.tag)}\` (received \`${variant26}\`) specified for \`BreakerEvent\``);
              }
            }
            dataView(memory0).setBigInt64(ptr0 + 96, toUint64(arg2), true);
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="breaker-step"][Instruction::CallWasm] enter', {
              funcName: 'breaker-step',
              paramCount: 1,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030BreakerStep(ptr0),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            var len28 = dataView(memory0).getUint32(ret + 4, true);
            var base28 = dataView(memory0).getUint32(ret + 0, true);
            if (base28 % 4 !== 0) throw new TypeError(`list pointer [${base28}] is not aligned to 4`);
            var result28 = [];
            for (let i = 0; i < len28; i++) {
              const base = base28 + i * 8;
              var ptr27 = dataView(memory0).getUint32(base + 0, true);
              var len27 = dataView(memory0).getUint32(base + 4, true);
              var result27 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr27, len27));
              result28.push(result27);
            }
            var bool29 = dataView(memory0).getUint8(ret + 8, true);
            var bool30 = dataView(memory0).getUint8(ret + 9, true);
            var bool31 = dataView(memory0).getUint8(ret + 10, true);
            var ptr32 = dataView(memory0).getUint32(ret + 12, true);
            var len32 = dataView(memory0).getUint32(ret + 16, true);
            if (ptr32 % 8 !== 0) throw new TypeError(`list pointer [${ptr32}] is not aligned to 8`);
            var result32 = new BigUint64Array(memory0.buffer.slice(ptr32, ptr32 + len32 * 8));
            var len34 = dataView(memory0).getUint32(ret + 24, true);
            var base34 = dataView(memory0).getUint32(ret + 20, true);
            if (base34 % 4 !== 0) throw new TypeError(`list pointer [${base34}] is not aligned to 4`);
            var result34 = [];
            for (let i = 0; i < len34; i++) {
              const base = base34 + i * 8;
              var ptr33 = dataView(memory0).getUint32(base + 0, true);
              var len33 = dataView(memory0).getUint32(base + 4, true);
              var result33 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr33, len33));
              result34.push(result33);
            }
            var len36 = dataView(memory0).getUint32(ret + 32, true);
            var base36 = dataView(memory0).getUint32(ret + 28, true);
            if (base36 % 4 !== 0) throw new TypeError(`list pointer [${base36}] is not aligned to 4`);
            var result36 = [];
            for (let i = 0; i < len36; i++) {
              const base = base36 + i * 8;
              var ptr35 = dataView(memory0).getUint32(base + 0, true);
              var len35 = dataView(memory0).getUint32(base + 4, true);
              var result35 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr35, len35));
              result36.push(result35);
            }
            let variant37;
            switch (dataView(memory0).getUint8(ret + 40, true)) {
              case 0: {
                variant37 = undefined;
                break;
              }
              case 1: {
                variant37 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 48, true)));
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for option');
              }
            }
            let variant39;
            switch (dataView(memory0).getUint8(ret + 56, true)) {
              case 0: {
                variant39 = undefined;
                break;
              }
              case 1: {
                var ptr38 = dataView(memory0).getUint32(ret + 60, true);
                var len38 = dataView(memory0).getUint32(ret + 64, true);
                var result38 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr38, len38));
                variant39 = result38;
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for option');
              }
            }
            let variant46;
            switch (dataView(memory0).getUint8(ret + 72, true)) {
              case 0: {
                let variant41;
                switch (dataView(memory0).getUint8(ret + 80, true)) {
                  case 0: {
                    variant41= {
                      tag: 'send',
                    };
                    break;
                  }
                  case 1: {
                    variant41= {
                      tag: 'wait-until',
                      val: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 88, true)))
                    };
                    break;
                  }
                  case 2: {
                    var ptr40 = dataView(memory0).getUint32(ret + 88, true);
                    var len40 = dataView(memory0).getUint32(ret + 92, true);
                    var result40 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr40, len40));
                    variant41= {
                      tag: 'hold',
                      val: result40
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for Clearance');
                  }
                }
                variant46= {
                  tag: 'clearance',
                  val: variant41
                };
                break;
              }
              case 1: {
                let variant43;
                switch (dataView(memory0).getUint8(ret + 80, true)) {
                  case 0: {
                    variant43= {
                      tag: 'room',
                      val: dataView(memory0).getInt32(ret + 84, true) >>> 0
                    };
                    break;
                  }
                  case 1: {
                    variant43= {
                      tag: 'room-disabled',
                    };
                    break;
                  }
                  case 2: {
                    var bool42 = dataView(memory0).getUint8(ret + 84, true);
                    variant43= {
                      tag: 'backend',
                      val: bool42 == 0 ? false : (bool42 == 1 ? true : throwInvalidBool())
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for Refusal');
                  }
                }
                variant46= {
                  tag: 'refusal',
                  val: variant43
                };
                break;
              }
              case 2: {
                var bool44 = dataView(memory0).getUint8(ret + 80, true);
                variant46= {
                  tag: 'locked',
                  val: bool44 == 0 ? false : (bool44 == 1 ? true : throwInvalidBool())
                };
                break;
              }
              case 3: {
                var bool45 = dataView(memory0).getUint8(ret + 80, true);
                variant46= {
                  tag: 'released',
                  val: bool45 == 0 ? false : (bool45 == 1 ? true : throwInvalidBool())
                };
                break;
              }
              case 4: {
                variant46= {
                  tag: 'nothing',
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for BreakerVerdict');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="breaker-step"][Instruction::Return]', {
              funcName: 'breaker-step',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([[{
              refusing: result28,
              held: bool29 == 0 ? false : (bool29 == 1 ? true : throwInvalidBool()),
              probing: bool30 == 0 ? false : (bool30 == 1 ? true : throwInvalidBool()),
              everAccepted: bool31 == 0 ? false : (bool31 == 1 ? true : throwInvalidBool()),
              unauthorizedAt: result32,
              doubted: result34,
              disabled: result36,
              pausedUntil: variant37,
              pausedBecause: variant39,
            }, variant46]]);
            const retCopy = [{
              refusing: result28,
              held: bool29 == 0 ? false : (bool29 == 1 ? true : throwInvalidBool()),
              probing: bool30 == 0 ? false : (bool30 == 1 ? true : throwInvalidBool()),
              everAccepted: bool31 == 0 ? false : (bool31 == 1 ? true : throwInvalidBool()),
              unauthorizedAt: result32,
              doubted: result34,
              disabled: result36,
              pausedUntil: variant37,
              pausedBecause: variant39,
            }, variant46];
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn18(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030FeaturesFromBits;
    
    function featuresFromBits(arg0) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030FeaturesFromBits',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (null!== null) {
        task.setReturnMemoryIdx(null);
        task.setReturnMemory((() => null)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="features-from-bits"][Instruction::CallWasm] enter', {
              funcName: 'features-from-bits',
              paramCount: 1,
              async: false,
              postReturn: false,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030FeaturesFromBits(toUint64(arg0)),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            if ((ret & 4294967280) !== 0) {
              throw new TypeError('flags have extraneous bits set');
            }
            var flags0 = {
              webhook: Boolean(ret & 1),
              response: Boolean(ret & 2),
              event: Boolean(ret & 4),
              reaction: Boolean(ret & 8),
            };
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="features-from-bits"][Instruction::Return]', {
              funcName: 'features-from-bits',
              paramCount: 1,
              async: false,
              postReturn: false
            });
            task.resolve([flags0]);
            task.exit();
            return flags0;
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030ParseCapabilities;
    
    function parseCapabilities(arg0) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030ParseCapabilities',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var val0 = arg0;
            var len0 = Array.isArray(val0) ? val0.length : val0.byteLength;
            var ptr0 = realloc0(0, 0, 1, len0 * 1);
            
            let valData0;
            const valLenBytes0 = len0 * 1;
            if (Array.isArray(val0)) {
              // Regular array likely containing numbers, write values to memory
              let offset = 0;
              const dv0 = new DataView(memory0.buffer);
              for (const v of val0) {
                _requireValidNumericPrimitive.bind(null, 'u8')(v);
                dv0.setUint8(ptr0+ offset, v, true);
                offset += 1;
              }
            } else {
              // TypedArray / ArrayBuffer-like, direct copy
              valData0 = new Uint8Array(val0.buffer || val0, val0.byteOffset, valLenBytes0);
              const out0 = new Uint8Array(memory0.buffer, ptr0, valLenBytes0);
              out0.set(valData0);
            }
            
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="parse-capabilities"][Instruction::CallWasm] enter', {
              funcName: 'parse-capabilities',
              paramCount: 2,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030ParseCapabilities(ptr0, len0),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant8;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var len2 = dataView(memory0).getUint32(ret + 8, true);
                var base2 = dataView(memory0).getUint32(ret + 4, true);
                if (base2 % 4 !== 0) throw new TypeError(`list pointer [${base2}] is not aligned to 4`);
                var result2 = [];
                for (let i = 0; i < len2; i++) {
                  const base = base2 + i * 8;
                  var ptr1 = dataView(memory0).getUint32(base + 0, true);
                  var len1 = dataView(memory0).getUint32(base + 4, true);
                  var result1 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr1, len1));
                  result2.push(result1);
                }
                var bool3 = dataView(memory0).getUint8(ret + 12, true);
                var bool4 = dataView(memory0).getUint8(ret + 13, true);
                var bool5 = dataView(memory0).getUint8(ret + 14, true);
                let variant6;
                switch (dataView(memory0).getUint8(ret + 16, true)) {
                  case 0: {
                    variant6 = undefined;
                    break;
                  }
                  case 1: {
                    variant6 = dataView(memory0).getInt32(ret + 20, true) >>> 0;
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                variant8= {
                  tag: 'ok',
                  val: {
                    features: result2,
                    bots: bool3 == 0 ? false : (bool3 == 1 ? true : throwInvalidBool()),
                    threads: bool4 == 0 ? false : (bool4 == 1 ? true : throwInvalidBool()),
                    askFeatures: bool5 == 0 ? false : (bool5 == 1 ? true : throwInvalidBool()),
                    maxLength: variant6,
                  }
                };
                break;
              }
              case 1: {
                var ptr7 = dataView(memory0).getUint32(ret + 4, true);
                var len7 = dataView(memory0).getUint32(ret + 8, true);
                var result7 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr7, len7));
                variant8= {
                  tag: 'err',
                  val: result7
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="parse-capabilities"][Instruction::Return]', {
              funcName: 'parse-capabilities',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant8;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn19(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030ParseFeaturesAnswer;
    
    function parseFeaturesAnswer(arg0) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030ParseFeaturesAnswer',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var val0 = arg0;
            var len0 = Array.isArray(val0) ? val0.length : val0.byteLength;
            var ptr0 = realloc0(0, 0, 1, len0 * 1);
            
            let valData0;
            const valLenBytes0 = len0 * 1;
            if (Array.isArray(val0)) {
              // Regular array likely containing numbers, write values to memory
              let offset = 0;
              const dv0 = new DataView(memory0.buffer);
              for (const v of val0) {
                _requireValidNumericPrimitive.bind(null, 'u8')(v);
                dv0.setUint8(ptr0+ offset, v, true);
                offset += 1;
              }
            } else {
              // TypedArray / ArrayBuffer-like, direct copy
              valData0 = new Uint8Array(val0.buffer || val0, val0.byteOffset, valLenBytes0);
              const out0 = new Uint8Array(memory0.buffer, ptr0, valLenBytes0);
              out0.set(valData0);
            }
            
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="parse-features-answer"][Instruction::CallWasm] enter', {
              funcName: 'parse-features-answer',
              paramCount: 2,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030ParseFeaturesAnswer(ptr0, len0),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant2;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                variant2= {
                  tag: 'ok',
                  val: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 8, true)))
                };
                break;
              }
              case 1: {
                var ptr1 = dataView(memory0).getUint32(ret + 8, true);
                var len1 = dataView(memory0).getUint32(ret + 12, true);
                var result1 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr1, len1));
                variant2= {
                  tag: 'err',
                  val: result1
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="parse-features-answer"][Instruction::Return]', {
              funcName: 'parse-features-answer',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant2;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn20(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030CheckSecret;
    
    function checkSecret(arg0) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030CheckSecret',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var encodeRes = _utf8AllocateAndEncode(arg0, realloc0, memory0);
            var ptr0= encodeRes.ptr;
            var len0 = encodeRes.len;
            
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="check-secret"][Instruction::CallWasm] enter', {
              funcName: 'check-secret',
              paramCount: 2,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030CheckSecret(ptr0, len0),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant2;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                variant2= {
                  tag: 'ok',
                  val: undefined
                };
                break;
              }
              case 1: {
                var ptr1 = dataView(memory0).getUint32(ret + 4, true);
                var len1 = dataView(memory0).getUint32(ret + 8, true);
                var result1 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr1, len1));
                variant2= {
                  tag: 'err',
                  val: result1
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="check-secret"][Instruction::Return]', {
              funcName: 'check-secret',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant2;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn14(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030CheckToken;
    
    function checkToken(arg0) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030CheckToken',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var encodeRes = _utf8AllocateAndEncode(arg0, realloc0, memory0);
            var ptr0= encodeRes.ptr;
            var len0 = encodeRes.len;
            
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="check-token"][Instruction::CallWasm] enter', {
              funcName: 'check-token',
              paramCount: 2,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030CheckToken(ptr0, len0),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant2;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                variant2= {
                  tag: 'ok',
                  val: undefined
                };
                break;
              }
              case 1: {
                var ptr1 = dataView(memory0).getUint32(ret + 4, true);
                var len1 = dataView(memory0).getUint32(ret + 8, true);
                var result1 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr1, len1));
                variant2= {
                  tag: 'err',
                  val: result1
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="check-token"][Instruction::Return]', {
              funcName: 'check-token',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant2;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn14(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    let engine030CheckMaxLength;
    
    function checkMaxLength(arg0) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'engine030CheckMaxLength',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="check-max-length"][Instruction::CallWasm] enter', {
              funcName: 'check-max-length',
              paramCount: 1,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => engine030CheckMaxLength(toUint32(arg0)),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant1;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                variant1= {
                  tag: 'ok',
                  val: undefined
                };
                break;
              }
              case 1: {
                var ptr0 = dataView(memory0).getUint32(ret + 4, true);
                var len0 = dataView(memory0).getUint32(ret + 8, true);
                var result0 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr0, len0));
                variant1= {
                  tag: 'err',
                  val: result0
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/engine@0.3.0", function="check-max-length"][Instruction::Return]', {
              funcName: 'check-max-length',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant1;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn14(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    
    const handleTable0 = [T_FLAG, 0];
    handleTable0._createdReps = new Set();
    handleTable0._componentIdx = 0;
    const finalizationRegistry0 = finalizationRegistryCreate((handle) => {
      const { rep } = rscTableRemove(handleTable0, handle);
      exports0['1'](rep);
    });
    
    HANDLE_TABLES[0] = handleTable0;
    let job030StaticBotCreate;
    
    class Bot{
      constructor () {
        throw new Error('"Bot" resource does not define a constructor');
      }
    }
    
    Bot.create = function create(arg0) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'job030StaticBotCreate',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var ptr0 = realloc0(0, 0, 8, 248);
            var {policy: v1_0, backends: v1_1, strictBackend: v1_2, maxBodyBytes: v1_3, ingress: v1_4, retry: v1_5, answerAttempts: v1_6, failureReply: v1_7, maxAnswerChars: v1_8, maxMessageLength: v1_9, statusReactionAfterMs: v1_10, models: v1_11, schedules: v1_12 } = arg0;
            var {agentName: v2_0, bot: v2_1, mode: v2_2, answerActivity: v2_3, allowedRooms: v2_4, allowedUsers: v2_5, rooms: v2_6, users: v2_7, personas: v2_8, greeting: v2_9, memoryTurns: v2_10 } = v1_0;
            
            var encodeRes = _utf8AllocateAndEncode(v2_0, realloc0, memory0);
            var ptr3= encodeRes.ptr;
            var len3 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 4, len3, true);
            dataView(memory0).setUint32(ptr0 + 0, ptr3, true);
            var {aliases: v4_0, actorId: v4_1 } = v2_1;
            var vec6 = v4_0;
            var len6 = vec6.length;
            var result6 = realloc0(0, 0, 4, len6 * 8);
            for (let i = 0; i < vec6.length; i++) {
              const e = vec6[i];
              const base = result6 + i * 8;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr5= encodeRes.ptr;
              var len5 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len5, true);
              dataView(memory0).setUint32(base + 0, ptr5, true);
            }
            dataView(memory0).setUint32(ptr0 + 12, len6, true);
            dataView(memory0).setUint32(ptr0 + 8, result6, true);
            var variant8 = v4_1;
            if (variant8 === null || variant8=== undefined) {
              dataView(memory0).setInt8(ptr0 + 16, 0, true);
            } else {
              const e = variant8;
              dataView(memory0).setInt8(ptr0 + 16, 1, true);
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr7= encodeRes.ptr;
              var len7 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 24, len7, true);
              dataView(memory0).setUint32(ptr0 + 20, ptr7, true);
            }
            var val9 = v2_2;
            let enum9;
            switch (val9) {
              case 'all': {
                enum9 = 0;
                break;
              }
              case 'mention': {
                enum9 = 1;
                break;
              }
              case 'off': {
                enum9 = 2;
                break;
              }
              default: {
                if ((v2_2) instanceof Error) {
                  console.error(v2_2);
                }
                
                throw new TypeError(`"${val9}" is not one of the cases of mode`);
              }
            }
            dataView(memory0).setInt8(ptr0 + 28, enum9, true);
            dataView(memory0).setInt8(ptr0 + 29, v2_3 ? 1 : 0, true);
            var vec11 = v2_4;
            var len11 = vec11.length;
            var result11 = realloc0(0, 0, 4, len11 * 8);
            for (let i = 0; i < vec11.length; i++) {
              const e = vec11[i];
              const base = result11 + i * 8;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr10= encodeRes.ptr;
              var len10 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len10, true);
              dataView(memory0).setUint32(base + 0, ptr10, true);
            }
            dataView(memory0).setUint32(ptr0 + 36, len11, true);
            dataView(memory0).setUint32(ptr0 + 32, result11, true);
            var vec13 = v2_5;
            var len13 = vec13.length;
            var result13 = realloc0(0, 0, 4, len13 * 8);
            for (let i = 0; i < vec13.length; i++) {
              const e = vec13[i];
              const base = result13 + i * 8;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr12= encodeRes.ptr;
              var len12 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len12, true);
              dataView(memory0).setUint32(base + 0, ptr12, true);
            }
            dataView(memory0).setUint32(ptr0 + 44, len13, true);
            dataView(memory0).setUint32(ptr0 + 40, result13, true);
            var vec25 = v2_6;
            var len25 = vec25.length;
            var result25 = realloc0(0, 0, 4, len25 * 48);
            for (let i = 0; i < vec25.length; i++) {
              const e = vec25[i];
              const base = result25 + i * 48;var {token: v14_0, mode: v14_1, persona: v14_2, greeting: v14_3, allowedUsers: v14_4 } = e;
              
              var encodeRes = _utf8AllocateAndEncode(v14_0, realloc0, memory0);
              var ptr15= encodeRes.ptr;
              var len15 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len15, true);
              dataView(memory0).setUint32(base + 0, ptr15, true);
              var variant17 = v14_1;
              if (variant17 === null || variant17=== undefined) {
                dataView(memory0).setInt8(base + 8, 0, true);
              } else {
                const e = variant17;
                dataView(memory0).setInt8(base + 8, 1, true);
                var val16 = e;
                let enum16;
                switch (val16) {
                  case 'all': {
                    enum16 = 0;
                    break;
                  }
                  case 'mention': {
                    enum16 = 1;
                    break;
                  }
                  case 'off': {
                    enum16 = 2;
                    break;
                  }
                  default: {
                    if ((e) instanceof Error) {
                      console.error(e);
                    }
                    
                    throw new TypeError(`"${val16}" is not one of the cases of mode`);
                  }
                }
                dataView(memory0).setInt8(base + 9, enum16, true);
              }
              var variant19 = v14_2;
              if (variant19 === null || variant19=== undefined) {
                dataView(memory0).setInt8(base + 12, 0, true);
              } else {
                const e = variant19;
                dataView(memory0).setInt8(base + 12, 1, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr18= encodeRes.ptr;
                var len18 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 20, len18, true);
                dataView(memory0).setUint32(base + 16, ptr18, true);
              }
              var variant21 = v14_3;
              if (variant21 === null || variant21=== undefined) {
                dataView(memory0).setInt8(base + 24, 0, true);
              } else {
                const e = variant21;
                dataView(memory0).setInt8(base + 24, 1, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr20= encodeRes.ptr;
                var len20 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 32, len20, true);
                dataView(memory0).setUint32(base + 28, ptr20, true);
              }
              var variant24 = v14_4;
              if (variant24 === null || variant24=== undefined) {
                dataView(memory0).setInt8(base + 36, 0, true);
              } else {
                const e = variant24;
                dataView(memory0).setInt8(base + 36, 1, true);
                var vec23 = e;
                var len23 = vec23.length;
                var result23 = realloc0(0, 0, 4, len23 * 8);
                for (let i = 0; i < vec23.length; i++) {
                  const e = vec23[i];
                  const base = result23 + i * 8;
                  var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                  var ptr22= encodeRes.ptr;
                  var len22 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 4, len22, true);
                  dataView(memory0).setUint32(base + 0, ptr22, true);
                }
                dataView(memory0).setUint32(base + 44, len23, true);
                dataView(memory0).setUint32(base + 40, result23, true);
              }
            }
            dataView(memory0).setUint32(ptr0 + 52, len25, true);
            dataView(memory0).setUint32(ptr0 + 48, result25, true);
            var vec29 = v2_7;
            var len29 = vec29.length;
            var result29 = realloc0(0, 0, 4, len29 * 16);
            for (let i = 0; i < vec29.length; i++) {
              const e = vec29[i];
              const base = result29 + i * 16;var {actor: v26_0, persona: v26_1 } = e;
              
              var encodeRes = _utf8AllocateAndEncode(v26_0, realloc0, memory0);
              var ptr27= encodeRes.ptr;
              var len27 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len27, true);
              dataView(memory0).setUint32(base + 0, ptr27, true);
              
              var encodeRes = _utf8AllocateAndEncode(v26_1, realloc0, memory0);
              var ptr28= encodeRes.ptr;
              var len28 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 12, len28, true);
              dataView(memory0).setUint32(base + 8, ptr28, true);
            }
            dataView(memory0).setUint32(ptr0 + 60, len29, true);
            dataView(memory0).setUint32(ptr0 + 56, result29, true);
            var vec36 = v2_8;
            var len36 = vec36.length;
            var result36 = realloc0(0, 0, 4, len36 * 28);
            for (let i = 0; i < vec36.length; i++) {
              const e = vec36[i];
              const base = result36 + i * 28;var {name: v30_0, systemPrompt: v30_1, responders: v30_2 } = e;
              
              var encodeRes = _utf8AllocateAndEncode(v30_0, realloc0, memory0);
              var ptr31= encodeRes.ptr;
              var len31 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len31, true);
              dataView(memory0).setUint32(base + 0, ptr31, true);
              var variant33 = v30_1;
              if (variant33 === null || variant33=== undefined) {
                dataView(memory0).setInt8(base + 8, 0, true);
              } else {
                const e = variant33;
                dataView(memory0).setInt8(base + 8, 1, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr32= encodeRes.ptr;
                var len32 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 16, len32, true);
                dataView(memory0).setUint32(base + 12, ptr32, true);
              }
              var vec35 = v30_2;
              var len35 = vec35.length;
              var result35 = realloc0(0, 0, 4, len35 * 8);
              for (let i = 0; i < vec35.length; i++) {
                const e = vec35[i];
                const base = result35 + i * 8;
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr34= encodeRes.ptr;
                var len34 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 4, len34, true);
                dataView(memory0).setUint32(base + 0, ptr34, true);
              }
              dataView(memory0).setUint32(base + 24, len35, true);
              dataView(memory0).setUint32(base + 20, result35, true);
            }
            dataView(memory0).setUint32(ptr0 + 68, len36, true);
            dataView(memory0).setUint32(ptr0 + 64, result36, true);
            var variant38 = v2_9;
            if (variant38 === null || variant38=== undefined) {
              dataView(memory0).setInt8(ptr0 + 72, 0, true);
            } else {
              const e = variant38;
              dataView(memory0).setInt8(ptr0 + 72, 1, true);
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr37= encodeRes.ptr;
              var len37 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 80, len37, true);
              dataView(memory0).setUint32(ptr0 + 76, ptr37, true);
            }
            dataView(memory0).setInt32(ptr0 + 84, toUint32(v2_10), true);
            var vec43 = v1_1;
            var len43 = vec43.length;
            var result43 = realloc0(0, 0, 4, len43 * 16);
            for (let i = 0; i < vec43.length; i++) {
              const e = vec43[i];
              const base = result43 + i * 16;var {url: v39_0, secrets: v39_1 } = e;
              
              var encodeRes = _utf8AllocateAndEncode(v39_0, realloc0, memory0);
              var ptr40= encodeRes.ptr;
              var len40 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len40, true);
              dataView(memory0).setUint32(base + 0, ptr40, true);
              var vec42 = v39_1;
              var len42 = vec42.length;
              var result42 = realloc0(0, 0, 4, len42 * 8);
              for (let i = 0; i < vec42.length; i++) {
                const e = vec42[i];
                const base = result42 + i * 8;
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr41= encodeRes.ptr;
                var len41 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 4, len41, true);
                dataView(memory0).setUint32(base + 0, ptr41, true);
              }
              dataView(memory0).setUint32(base + 12, len42, true);
              dataView(memory0).setUint32(base + 8, result42, true);
            }
            dataView(memory0).setUint32(ptr0 + 92, len43, true);
            dataView(memory0).setUint32(ptr0 + 88, result43, true);
            dataView(memory0).setInt8(ptr0 + 96, v1_2 ? 1 : 0, true);
            var variant44 = v1_3;
            if (variant44 === null || variant44=== undefined) {
              dataView(memory0).setInt8(ptr0 + 104, 0, true);
            } else {
              const e = variant44;
              dataView(memory0).setInt8(ptr0 + 104, 1, true);
              dataView(memory0).setBigInt64(ptr0 + 112, toUint64(e), true);
            }
            var {answerActivity: v45_0, maxAgeMs: v45_1 } = v1_4;
            dataView(memory0).setInt8(ptr0 + 120, v45_0 ? 1 : 0, true);
            var variant46 = v45_1;
            if (variant46 === null || variant46=== undefined) {
              dataView(memory0).setInt8(ptr0 + 128, 0, true);
            } else {
              const e = variant46;
              dataView(memory0).setInt8(ptr0 + 128, 1, true);
              dataView(memory0).setBigInt64(ptr0 + 136, toUint64(e), true);
            }
            var {initialBackoffMs: v47_0, maxBackoffMs: v47_1, retryForMs: v47_2, maxAttempts: v47_3 } = v1_5;
            dataView(memory0).setBigInt64(ptr0 + 144, toUint64(v47_0), true);
            dataView(memory0).setBigInt64(ptr0 + 152, toUint64(v47_1), true);
            dataView(memory0).setBigInt64(ptr0 + 160, toUint64(v47_2), true);
            var variant48 = v47_3;
            if (variant48 === null || variant48=== undefined) {
              dataView(memory0).setInt8(ptr0 + 168, 0, true);
            } else {
              const e = variant48;
              dataView(memory0).setInt8(ptr0 + 168, 1, true);
              dataView(memory0).setInt32(ptr0 + 172, toUint32(e), true);
            }
            var variant49 = v1_6;
            if (variant49 === null || variant49=== undefined) {
              dataView(memory0).setInt8(ptr0 + 176, 0, true);
            } else {
              const e = variant49;
              dataView(memory0).setInt8(ptr0 + 176, 1, true);
              dataView(memory0).setInt32(ptr0 + 180, toUint32(e), true);
            }
            var variant51 = v1_7;
            if (variant51 === null || variant51=== undefined) {
              dataView(memory0).setInt8(ptr0 + 184, 0, true);
            } else {
              const e = variant51;
              dataView(memory0).setInt8(ptr0 + 184, 1, true);
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr50= encodeRes.ptr;
              var len50 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 192, len50, true);
              dataView(memory0).setUint32(ptr0 + 188, ptr50, true);
            }
            var variant52 = v1_8;
            if (variant52 === null || variant52=== undefined) {
              dataView(memory0).setInt8(ptr0 + 196, 0, true);
            } else {
              const e = variant52;
              dataView(memory0).setInt8(ptr0 + 196, 1, true);
              dataView(memory0).setInt32(ptr0 + 200, toUint32(e), true);
            }
            var variant53 = v1_9;
            if (variant53 === null || variant53=== undefined) {
              dataView(memory0).setInt8(ptr0 + 204, 0, true);
            } else {
              const e = variant53;
              dataView(memory0).setInt8(ptr0 + 204, 1, true);
              dataView(memory0).setInt32(ptr0 + 208, toUint32(e), true);
            }
            var variant54 = v1_10;
            if (variant54 === null || variant54=== undefined) {
              dataView(memory0).setInt8(ptr0 + 216, 0, true);
            } else {
              const e = variant54;
              dataView(memory0).setInt8(ptr0 + 216, 1, true);
              dataView(memory0).setBigInt64(ptr0 + 224, toUint64(e), true);
            }
            var vec64 = v1_11;
            var len64 = vec64.length;
            var result64 = realloc0(0, 0, 8, len64 * 64);
            for (let i = 0; i < vec64.length; i++) {
              const e = vec64[i];
              const base = result64 + i * 64;var [tuple55_0, tuple55_1] = e;
              
              var encodeRes = _utf8AllocateAndEncode(tuple55_0, realloc0, memory0);
              var ptr56= encodeRes.ptr;
              var len56 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len56, true);
              dataView(memory0).setUint32(base + 0, ptr56, true);
              var {baseUrl: v57_0, model: v57_1, apiKey: v57_2, temperature: v57_3, maxTokens: v57_4 } = tuple55_1;
              
              var encodeRes = _utf8AllocateAndEncode(v57_0, realloc0, memory0);
              var ptr58= encodeRes.ptr;
              var len58 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 12, len58, true);
              dataView(memory0).setUint32(base + 8, ptr58, true);
              
              var encodeRes = _utf8AllocateAndEncode(v57_1, realloc0, memory0);
              var ptr59= encodeRes.ptr;
              var len59 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 20, len59, true);
              dataView(memory0).setUint32(base + 16, ptr59, true);
              var variant61 = v57_2;
              if (variant61 === null || variant61=== undefined) {
                dataView(memory0).setInt8(base + 24, 0, true);
              } else {
                const e = variant61;
                dataView(memory0).setInt8(base + 24, 1, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr60= encodeRes.ptr;
                var len60 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 32, len60, true);
                dataView(memory0).setUint32(base + 28, ptr60, true);
              }
              var variant62 = v57_3;
              if (variant62 === null || variant62=== undefined) {
                dataView(memory0).setInt8(base + 40, 0, true);
              } else {
                const e = variant62;
                dataView(memory0).setInt8(base + 40, 1, true);
                dataView(memory0).setFloat64(base + 48, +e, true);
              }
              var variant63 = v57_4;
              if (variant63 === null || variant63=== undefined) {
                dataView(memory0).setInt8(base + 56, 0, true);
              } else {
                const e = variant63;
                dataView(memory0).setInt8(base + 56, 1, true);
                dataView(memory0).setInt32(base + 60, toUint32(e), true);
              }
            }
            dataView(memory0).setUint32(ptr0 + 236, len64, true);
            dataView(memory0).setUint32(ptr0 + 232, result64, true);
            var vec73 = v1_12;
            var len73 = vec73.length;
            var result73 = realloc0(0, 0, 8, len73 * 56);
            for (let i = 0; i < vec73.length; i++) {
              const e = vec73[i];
              const base = result73 + i * 56;var {name: v65_0, backendIndex: v65_1, room: v65_2, cron: v65_3, timezone: v65_4, post: v65_5, graceMs: v65_6 } = e;
              
              var encodeRes = _utf8AllocateAndEncode(v65_0, realloc0, memory0);
              var ptr66= encodeRes.ptr;
              var len66 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len66, true);
              dataView(memory0).setUint32(base + 0, ptr66, true);
              dataView(memory0).setInt32(base + 8, toUint32(v65_1), true);
              
              var encodeRes = _utf8AllocateAndEncode(v65_2, realloc0, memory0);
              var ptr67= encodeRes.ptr;
              var len67 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 16, len67, true);
              dataView(memory0).setUint32(base + 12, ptr67, true);
              
              var encodeRes = _utf8AllocateAndEncode(v65_3, realloc0, memory0);
              var ptr68= encodeRes.ptr;
              var len68 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 24, len68, true);
              dataView(memory0).setUint32(base + 20, ptr68, true);
              
              var encodeRes = _utf8AllocateAndEncode(v65_4, realloc0, memory0);
              var ptr69= encodeRes.ptr;
              var len69 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 32, len69, true);
              dataView(memory0).setUint32(base + 28, ptr69, true);
              var variant72 = v65_5;
              switch (variant72.tag) {
                case 'text': {
                  const e = variant72.val;
                  dataView(memory0).setInt8(base + 36, 0, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                  var ptr70= encodeRes.ptr;
                  var len70 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 44, len70, true);
                  dataView(memory0).setUint32(base + 40, ptr70, true);
                  break;
                }
                case 'prompt': {
                  const e = variant72.val;
                  dataView(memory0).setInt8(base + 36, 1, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                  var ptr71= encodeRes.ptr;
                  var len71 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 44, len71, true);
                  dataView(memory0).setUint32(base + 40, ptr71, true);
                  break;
                }
                default: {
                  throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant72.tag)}\` (received \`${variant72}\`) specified for \`ScheduledPost\``);
                }
              }
              dataView(memory0).setBigInt64(base + 48, toUint64(v65_6), true);
            }
            dataView(memory0).setUint32(ptr0 + 244, len73, true);
            dataView(memory0).setUint32(ptr0 + 240, result73, true);
            _debugLog('[iface="nextcloud:talk-bot/job@0.3.0", function="[static]bot.create"][Instruction::CallWasm] enter', {
              funcName: '[static]bot.create',
              paramCount: 1,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => job030StaticBotCreate(ptr0),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant77;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var handle75 = dataView(memory0).getInt32(ret + 4, true);
                var rsc74 = new.target === Bot ? this : Object.create(Bot.prototype);
                Object.defineProperty(rsc74, symbolRscHandle, { writable: true, value: handle75});
                finalizationRegistry0.register(rsc74, handle75, rsc74);
                Object.defineProperty(rsc74, symbolDispose, { writable: true, value: function () {
                  finalizationRegistry0.unregister(rsc74);
                  const handleEntry = rscTableRemove(handleTable0, handle75);
                  rsc74[symbolDispose] = emptyFunc;
                  rsc74[symbolRscHandle] = undefined;
                  exports0['1'](handleEntry.rep);
                }});
                variant77= {
                  tag: 'ok',
                  val: rsc74
                };
                break;
              }
              case 1: {
                var ptr76 = dataView(memory0).getUint32(ret + 4, true);
                var len76 = dataView(memory0).getUint32(ret + 8, true);
                var result76 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr76, len76));
                variant77= {
                  tag: 'err',
                  val: result76
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/job@0.3.0", function="[static]bot.create"][Instruction::Return]', {
              funcName: '[static]bot.create',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant77;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn14(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    };
    let job030StaticBotFromVariables;
    
    Bot.fromVariables = function fromVariables(arg0, arg1) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'job030StaticBotFromVariables',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            var vec3 = arg0;
            var len3 = vec3.length;
            var result3 = realloc0(0, 0, 4, len3 * 16);
            for (let i = 0; i < vec3.length; i++) {
              const e = vec3[i];
              const base = result3 + i * 16;var [tuple0_0, tuple0_1] = e;
              
              var encodeRes = _utf8AllocateAndEncode(tuple0_0, realloc0, memory0);
              var ptr1= encodeRes.ptr;
              var len1 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len1, true);
              dataView(memory0).setUint32(base + 0, ptr1, true);
              
              var encodeRes = _utf8AllocateAndEncode(tuple0_1, realloc0, memory0);
              var ptr2= encodeRes.ptr;
              var len2 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 12, len2, true);
              dataView(memory0).setUint32(base + 8, ptr2, true);
            }
            var vec5 = arg1;
            var len5 = vec5.length;
            var result5 = realloc0(0, 0, 4, len5 * 8);
            for (let i = 0; i < vec5.length; i++) {
              const e = vec5[i];
              const base = result5 + i * 8;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr4= encodeRes.ptr;
              var len4 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len4, true);
              dataView(memory0).setUint32(base + 0, ptr4, true);
            }
            _debugLog('[iface="nextcloud:talk-bot/job@0.3.0", function="[static]bot.from-variables"][Instruction::CallWasm] enter', {
              funcName: '[static]bot.from-variables',
              paramCount: 4,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => job030StaticBotFromVariables(result3, len3, result5, len5),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant9;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var handle7 = dataView(memory0).getInt32(ret + 4, true);
                var rsc6 = new.target === Bot ? this : Object.create(Bot.prototype);
                Object.defineProperty(rsc6, symbolRscHandle, { writable: true, value: handle7});
                finalizationRegistry0.register(rsc6, handle7, rsc6);
                Object.defineProperty(rsc6, symbolDispose, { writable: true, value: function () {
                  finalizationRegistry0.unregister(rsc6);
                  const handleEntry = rscTableRemove(handleTable0, handle7);
                  rsc6[symbolDispose] = emptyFunc;
                  rsc6[symbolRscHandle] = undefined;
                  exports0['1'](handleEntry.rep);
                }});
                variant9= {
                  tag: 'ok',
                  val: rsc6
                };
                break;
              }
              case 1: {
                var ptr8 = dataView(memory0).getUint32(ret + 4, true);
                var len8 = dataView(memory0).getUint32(ret + 8, true);
                var result8 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr8, len8));
                variant9= {
                  tag: 'err',
                  val: result8
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/job@0.3.0", function="[static]bot.from-variables"][Instruction::Return]', {
              funcName: '[static]bot.from-variables',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant9;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn14(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    };
    let job030MethodBotBackends;
    
    Bot.prototype.backends = function backends() {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'job030MethodBotBackends',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var handle1 = this[symbolRscHandle];
            if (!handle1 || (handleTable0[(handle1 << 1) + 1] & T_FLAG) === 0) {
              throw new TypeError('Resource error: Not a valid \"Bot\" resource.');
            }
            var handle0 = handleTable0[(handle1 << 1) + 1] & ~T_FLAG;
            
            _debugLog('[iface="nextcloud:talk-bot/job@0.3.0", function="[method]bot.backends"][Instruction::CallWasm] enter', {
              funcName: '[method]bot.backends',
              paramCount: 1,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => job030MethodBotBackends(handle0),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            var len3 = dataView(memory0).getUint32(ret + 4, true);
            var base3 = dataView(memory0).getUint32(ret + 0, true);
            if (base3 % 4 !== 0) throw new TypeError(`list pointer [${base3}] is not aligned to 4`);
            var result3 = [];
            for (let i = 0; i < len3; i++) {
              const base = base3 + i * 8;
              var ptr2 = dataView(memory0).getUint32(base + 0, true);
              var len2 = dataView(memory0).getUint32(base + 4, true);
              var result2 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr2, len2));
              result3.push(result2);
            }
            _debugLog('[iface="nextcloud:talk-bot/job@0.3.0", function="[method]bot.backends"][Instruction::Return]', {
              funcName: '[method]bot.backends',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([result3]);
            const retCopy = result3;
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn21(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    };
    let job030MethodBotIngest;
    
    Bot.prototype.ingest = function ingest(arg1, arg2, arg3) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'job030MethodBotIngest',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var handle1 = this[symbolRscHandle];
            if (!handle1 || (handleTable0[(handle1 << 1) + 1] & T_FLAG) === 0) {
              throw new TypeError('Resource error: Not a valid \"Bot\" resource.');
            }
            var handle0 = handleTable0[(handle1 << 1) + 1] & ~T_FLAG;
            
            var vec5 = arg1;
            var len5 = vec5.length;
            var result5 = realloc0(0, 0, 4, len5 * 16);
            for (let i = 0; i < vec5.length; i++) {
              const e = vec5[i];
              const base = result5 + i * 16;var [tuple2_0, tuple2_1] = e;
              
              var encodeRes = _utf8AllocateAndEncode(tuple2_0, realloc0, memory0);
              var ptr3= encodeRes.ptr;
              var len3 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len3, true);
              dataView(memory0).setUint32(base + 0, ptr3, true);
              
              var encodeRes = _utf8AllocateAndEncode(tuple2_1, realloc0, memory0);
              var ptr4= encodeRes.ptr;
              var len4 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 12, len4, true);
              dataView(memory0).setUint32(base + 8, ptr4, true);
            }
            var val6 = arg2;
            var len6 = Array.isArray(val6) ? val6.length : val6.byteLength;
            var ptr6 = realloc0(0, 0, 1, len6 * 1);
            
            let valData6;
            const valLenBytes6 = len6 * 1;
            if (Array.isArray(val6)) {
              // Regular array likely containing numbers, write values to memory
              let offset = 0;
              const dv6 = new DataView(memory0.buffer);
              for (const v of val6) {
                _requireValidNumericPrimitive.bind(null, 'u8')(v);
                dv6.setUint8(ptr6+ offset, v, true);
                offset += 1;
              }
            } else {
              // TypedArray / ArrayBuffer-like, direct copy
              valData6 = new Uint8Array(val6.buffer || val6, val6.byteOffset, valLenBytes6);
              const out6 = new Uint8Array(memory0.buffer, ptr6, valLenBytes6);
              out6.set(valData6);
            }
            
            _debugLog('[iface="nextcloud:talk-bot/job@0.3.0", function="[method]bot.ingest"][Instruction::CallWasm] enter', {
              funcName: '[method]bot.ingest',
              paramCount: 6,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => job030MethodBotIngest(handle0, result5, len5, ptr6, len6, toUint64(arg3)),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant23;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                let variant13;
                switch (dataView(memory0).getUint8(ret + 8, true)) {
                  case 0: {
                    var ptr7 = dataView(memory0).getUint32(ret + 12, true);
                    var len7 = dataView(memory0).getUint32(ret + 16, true);
                    var result7 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr7, len7));
                    var ptr8 = dataView(memory0).getUint32(ret + 24, true);
                    var len8 = dataView(memory0).getUint32(ret + 28, true);
                    var result8 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr8, len8));
                    var bool9 = dataView(memory0).getUint8(ret + 32, true);
                    var ptr10 = dataView(memory0).getUint32(ret + 36, true);
                    var len10 = dataView(memory0).getUint32(ret + 40, true);
                    if (ptr10 % 1 !== 0) throw new TypeError(`list pointer [${ptr10}] is not aligned to 1`);
                    var result10 = new Uint8Array(memory0.buffer.slice(ptr10, ptr10 + len10 * 1));
                    variant13= {
                      tag: 'queue',
                      val: {
                        dedupKey: result7,
                        backendIndex: dataView(memory0).getInt32(ret + 20, true) >>> 0,
                        token: result8,
                        overtakes: bool9 == 0 ? false : (bool9 == 1 ? true : throwInvalidBool()),
                        job: result10,
                      }
                    };
                    break;
                  }
                  case 1: {
                    var ptr11 = dataView(memory0).getUint32(ret + 12, true);
                    var len11 = dataView(memory0).getUint32(ret + 16, true);
                    var result11 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr11, len11));
                    variant13= {
                      tag: 'ignore',
                      val: result11
                    };
                    break;
                  }
                  case 2: {
                    var ptr12 = dataView(memory0).getUint32(ret + 12, true);
                    var len12 = dataView(memory0).getUint32(ret + 16, true);
                    var result12 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr12, len12));
                    variant13= {
                      tag: 'stale',
                      val: result12
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for Admitted');
                  }
                }
                variant23= {
                  tag: 'ok',
                  val: variant13
                };
                break;
              }
              case 1: {
                let variant22;
                switch (dataView(memory0).getUint8(ret + 8, true)) {
                  case 0: {
                    variant22= {
                      tag: 'body-too-large',
                      val: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 16, true)))
                    };
                    break;
                  }
                  case 1: {
                    var ptr14 = dataView(memory0).getUint32(ret + 16, true);
                    var len14 = dataView(memory0).getUint32(ret + 20, true);
                    var result14 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr14, len14));
                    variant22= {
                      tag: 'missing-header',
                      val: result14
                    };
                    break;
                  }
                  case 2: {
                    var ptr15 = dataView(memory0).getUint32(ret + 16, true);
                    var len15 = dataView(memory0).getUint32(ret + 20, true);
                    var result15 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr15, len15));
                    variant22= {
                      tag: 'malformed-random',
                      val: result15
                    };
                    break;
                  }
                  case 3: {
                    var ptr16 = dataView(memory0).getUint32(ret + 16, true);
                    var len16 = dataView(memory0).getUint32(ret + 20, true);
                    var result16 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr16, len16));
                    variant22= {
                      tag: 'malformed-signature',
                      val: result16
                    };
                    break;
                  }
                  case 4: {
                    var ptr17 = dataView(memory0).getUint32(ret + 16, true);
                    var len17 = dataView(memory0).getUint32(ret + 20, true);
                    var result17 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr17, len17));
                    variant22= {
                      tag: 'signature-mismatch',
                      val: result17
                    };
                    break;
                  }
                  case 5: {
                    variant22= {
                      tag: 'no-secrets',
                    };
                    break;
                  }
                  case 6: {
                    variant22= {
                      tag: 'not-utf8',
                      val: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 16, true)))
                    };
                    break;
                  }
                  case 7: {
                    var ptr18 = dataView(memory0).getUint32(ret + 16, true);
                    var len18 = dataView(memory0).getUint32(ret + 20, true);
                    var result18 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr18, len18));
                    variant22= {
                      tag: 'invalid-json',
                      val: result18
                    };
                    break;
                  }
                  case 8: {
                    var ptr19 = dataView(memory0).getUint32(ret + 16, true);
                    var len19 = dataView(memory0).getUint32(ret + 20, true);
                    var result19 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr19, len19));
                    variant22= {
                      tag: 'invalid-field',
                      val: result19
                    };
                    break;
                  }
                  case 9: {
                    var ptr20 = dataView(memory0).getUint32(ret + 16, true);
                    var len20 = dataView(memory0).getUint32(ret + 20, true);
                    var result20 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr20, len20));
                    variant22= {
                      tag: 'invalid-content',
                      val: result20
                    };
                    break;
                  }
                  case 10: {
                    var ptr21 = dataView(memory0).getUint32(ret + 16, true);
                    var len21 = dataView(memory0).getUint32(ret + 20, true);
                    var result21 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr21, len21));
                    variant22= {
                      tag: 'unknown-event-type',
                      val: result21
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for WebhookError');
                  }
                }
                variant23= {
                  tag: 'err',
                  val: variant22
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/job@0.3.0", function="[method]bot.ingest"][Instruction::Return]', {
              funcName: '[method]bot.ingest',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant23;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn22(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    };
    let job030MethodBotAdopt;
    
    Bot.prototype.adopt = function adopt(arg1, arg2, arg3, arg4) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'job030MethodBotAdopt',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var handle1 = this[symbolRscHandle];
            if (!handle1 || (handleTable0[(handle1 << 1) + 1] & T_FLAG) === 0) {
              throw new TypeError('Resource error: Not a valid \"Bot\" resource.');
            }
            var handle0 = handleTable0[(handle1 << 1) + 1] & ~T_FLAG;
            
            
            var encodeRes = _utf8AllocateAndEncode(arg2, realloc0, memory0);
            var ptr2= encodeRes.ptr;
            var len2 = encodeRes.len;
            
            var val3 = arg3;
            var len3 = Array.isArray(val3) ? val3.length : val3.byteLength;
            var ptr3 = realloc0(0, 0, 1, len3 * 1);
            
            let valData3;
            const valLenBytes3 = len3 * 1;
            if (Array.isArray(val3)) {
              // Regular array likely containing numbers, write values to memory
              let offset = 0;
              const dv3 = new DataView(memory0.buffer);
              for (const v of val3) {
                _requireValidNumericPrimitive.bind(null, 'u8')(v);
                dv3.setUint8(ptr3+ offset, v, true);
                offset += 1;
              }
            } else {
              // TypedArray / ArrayBuffer-like, direct copy
              valData3 = new Uint8Array(val3.buffer || val3, val3.byteOffset, valLenBytes3);
              const out3 = new Uint8Array(memory0.buffer, ptr3, valLenBytes3);
              out3.set(valData3);
            }
            
            _debugLog('[iface="nextcloud:talk-bot/job@0.3.0", function="[method]bot.adopt"][Instruction::CallWasm] enter', {
              funcName: '[method]bot.adopt',
              paramCount: 7,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => job030MethodBotAdopt(handle0, toUint32(arg1), ptr2, len2, ptr3, len3, toUint64(arg4)),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant6;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var ptr4 = dataView(memory0).getUint32(ret + 4, true);
                var len4 = dataView(memory0).getUint32(ret + 8, true);
                if (ptr4 % 1 !== 0) throw new TypeError(`list pointer [${ptr4}] is not aligned to 1`);
                var result4 = new Uint8Array(memory0.buffer.slice(ptr4, ptr4 + len4 * 1));
                variant6= {
                  tag: 'ok',
                  val: result4
                };
                break;
              }
              case 1: {
                var ptr5 = dataView(memory0).getUint32(ret + 4, true);
                var len5 = dataView(memory0).getUint32(ret + 8, true);
                var result5 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr5, len5));
                variant6= {
                  tag: 'err',
                  val: result5
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/job@0.3.0", function="[method]bot.adopt"][Instruction::Return]', {
              funcName: '[method]bot.adopt',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant6;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn4(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    };
    let job030MethodBotStep;
    
    Bot.prototype.step = function step(arg1, arg2, arg3) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'job030MethodBotStep',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'throw-result-err',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var handle1 = this[symbolRscHandle];
            if (!handle1 || (handleTable0[(handle1 << 1) + 1] & T_FLAG) === 0) {
              throw new TypeError('Resource error: Not a valid \"Bot\" resource.');
            }
            var handle0 = handleTable0[(handle1 << 1) + 1] & ~T_FLAG;
            
            var val2 = arg1;
            var len2 = Array.isArray(val2) ? val2.length : val2.byteLength;
            var ptr2 = realloc0(0, 0, 1, len2 * 1);
            
            let valData2;
            const valLenBytes2 = len2 * 1;
            if (Array.isArray(val2)) {
              // Regular array likely containing numbers, write values to memory
              let offset = 0;
              const dv2 = new DataView(memory0.buffer);
              for (const v of val2) {
                _requireValidNumericPrimitive.bind(null, 'u8')(v);
                dv2.setUint8(ptr2+ offset, v, true);
                offset += 1;
              }
            } else {
              // TypedArray / ArrayBuffer-like, direct copy
              valData2 = new Uint8Array(val2.buffer || val2, val2.byteOffset, valLenBytes2);
              const out2 = new Uint8Array(memory0.buffer, ptr2, valLenBytes2);
              out2.set(valData2);
            }
            
            var variant75 = arg2;
            let variant75_0;
            let variant75_1;
            let variant75_2;
            let variant75_3;
            let variant75_4;
            let variant75_5;
            let variant75_6;
            let variant75_7;
            let variant75_8;
            switch (variant75.tag) {
              case 'run': {
                variant75_0 = 0;
                variant75_1 = 0;
                variant75_2 = 0;
                variant75_3 = 0n;
                variant75_4 = 0;
                variant75_5 = 0;
                variant75_6 = 0;
                variant75_7 = 0;
                variant75_8 = 0;
                break;
              }
              case 'settings': {
                const e = variant75.val;
                var {mode: v3_0, persona: v3_1, schedules: v3_2 } = e;
                var variant5 = v3_0;
                let variant5_0;
                let variant5_1;
                if (variant5 === null || variant5=== undefined) {
                  variant5_0 = 0;
                  variant5_1 = 0;
                } else {
                  const e = variant5;
                  var val4 = e;
                  let enum4;
                  switch (val4) {
                    case 'all': {
                      enum4 = 0;
                      break;
                    }
                    case 'mention': {
                      enum4 = 1;
                      break;
                    }
                    case 'off': {
                      enum4 = 2;
                      break;
                    }
                    default: {
                      if ((e) instanceof Error) {
                        console.error(e);
                      }
                      
                      throw new TypeError(`"${val4}" is not one of the cases of mode`);
                    }
                  }
                  variant5_0 = 1;
                  variant5_1 = enum4;
                }
                var variant7 = v3_1;
                let variant7_0;
                let variant7_1;
                let variant7_2;
                if (variant7 === null || variant7=== undefined) {
                  variant7_0 = 0;
                  variant7_1 = 0;
                  variant7_2 = 0;
                } else {
                  const e = variant7;
                  
                  var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                  var ptr6= encodeRes.ptr;
                  var len6 = encodeRes.len;
                  
                  variant7_0 = 1;
                  variant7_1 = ptr6;
                  variant7_2 = len6;
                }
                var variant9 = v3_2;
                let variant9_0;
                let variant9_1;
                let variant9_2;
                if (variant9 === null || variant9=== undefined) {
                  variant9_0 = 0;
                  variant9_1 = 0;
                  variant9_2 = 0;
                } else {
                  const e = variant9;
                  
                  var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                  var ptr8= encodeRes.ptr;
                  var len8 = encodeRes.len;
                  
                  variant9_0 = 1;
                  variant9_1 = ptr8;
                  variant9_2 = len8;
                }
                variant75_0 = 1;
                variant75_1 = variant5_0;
                variant75_2 = variant5_1;
                variant75_3 = BigInt(BigInt(variant7_0));
                variant75_4 = variant7_1;
                variant75_5 = variant7_2;
                variant75_6 = variant9_0;
                variant75_7 = variant9_1;
                variant75_8 = variant9_2;
                break;
              }
              case 'memory': {
                const e = variant75.val;
                var vec18 = e;
                var len18 = vec18.length;
                var result18 = realloc0(0, 0, 4, len18 * 44);
                for (let i = 0; i < vec18.length; i++) {
                  const e = vec18[i];
                  const base = result18 + i * 44;var {thread: v10_0, messageId: v10_1, asker: v10_2, turn: v10_3 } = e;
                  
                  var encodeRes = _utf8AllocateAndEncode(v10_0, realloc0, memory0);
                  var ptr11= encodeRes.ptr;
                  var len11 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 4, len11, true);
                  dataView(memory0).setUint32(base + 0, ptr11, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v10_1, realloc0, memory0);
                  var ptr12= encodeRes.ptr;
                  var len12 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 12, len12, true);
                  dataView(memory0).setUint32(base + 8, ptr12, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v10_2, realloc0, memory0);
                  var ptr13= encodeRes.ptr;
                  var len13 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 20, len13, true);
                  dataView(memory0).setUint32(base + 16, ptr13, true);
                  var {role: v14_0, author: v14_1, text: v14_2 } = v10_3;
                  var val15 = v14_0;
                  let enum15;
                  switch (val15) {
                    case 'user': {
                      enum15 = 0;
                      break;
                    }
                    case 'assistant': {
                      enum15 = 1;
                      break;
                    }
                    default: {
                      if ((v14_0) instanceof Error) {
                        console.error(v14_0);
                      }
                      
                      throw new TypeError(`"${val15}" is not one of the cases of role`);
                    }
                  }
                  dataView(memory0).setInt8(base + 24, enum15, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v14_1, realloc0, memory0);
                  var ptr16= encodeRes.ptr;
                  var len16 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 32, len16, true);
                  dataView(memory0).setUint32(base + 28, ptr16, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v14_2, realloc0, memory0);
                  var ptr17= encodeRes.ptr;
                  var len17 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 40, len17, true);
                  dataView(memory0).setUint32(base + 36, ptr17, true);
                }
                variant75_0 = 2;
                variant75_1 = result18;
                variant75_2 = len18;
                variant75_3 = 0n;
                variant75_4 = 0;
                variant75_5 = 0;
                variant75_6 = 0;
                variant75_7 = 0;
                variant75_8 = 0;
                break;
              }
              case 'model-answered': {
                const e = variant75.val;
                var [tuple19_0, tuple19_1, tuple19_2] = e;
                var val20 = tuple19_1;
                var len20 = Array.isArray(val20) ? val20.length : val20.byteLength;
                var ptr20 = realloc0(0, 0, 1, len20 * 1);
                
                let valData20;
                const valLenBytes20 = len20 * 1;
                if (Array.isArray(val20)) {
                  // Regular array likely containing numbers, write values to memory
                  let offset = 0;
                  const dv20 = new DataView(memory0.buffer);
                  for (const v of val20) {
                    _requireValidNumericPrimitive.bind(null, 'u8')(v);
                    dv20.setUint8(ptr20+ offset, v, true);
                    offset += 1;
                  }
                } else {
                  // TypedArray / ArrayBuffer-like, direct copy
                  valData20 = new Uint8Array(val20.buffer || val20, val20.byteOffset, valLenBytes20);
                  const out20 = new Uint8Array(memory0.buffer, ptr20, valLenBytes20);
                  out20.set(valData20);
                }
                
                var variant28 = tuple19_2;
                let variant28_0;
                let variant28_1;
                let variant28_2;
                let variant28_3;
                let variant28_4;
                if (variant28 === null || variant28=== undefined) {
                  variant28_0 = 0;
                  variant28_1 = 0;
                  variant28_2 = 0;
                  variant28_3 = 0;
                  variant28_4 = 0;
                } else {
                  const e = variant28;
                  var variant27 = e;
                  let variant27_0;
                  let variant27_1;
                  let variant27_2;
                  let variant27_3;
                  switch (variant27.tag) {
                    case 'status': {
                      const e = variant27.val;
                      var [tuple21_0, tuple21_1] = e;
                      var vec25 = tuple21_1;
                      var len25 = vec25.length;
                      var result25 = realloc0(0, 0, 4, len25 * 16);
                      for (let i = 0; i < vec25.length; i++) {
                        const e = vec25[i];
                        const base = result25 + i * 16;var [tuple22_0, tuple22_1] = e;
                        
                        var encodeRes = _utf8AllocateAndEncode(tuple22_0, realloc0, memory0);
                        var ptr23= encodeRes.ptr;
                        var len23 = encodeRes.len;
                        
                        dataView(memory0).setUint32(base + 4, len23, true);
                        dataView(memory0).setUint32(base + 0, ptr23, true);
                        
                        var encodeRes = _utf8AllocateAndEncode(tuple22_1, realloc0, memory0);
                        var ptr24= encodeRes.ptr;
                        var len24 = encodeRes.len;
                        
                        dataView(memory0).setUint32(base + 12, len24, true);
                        dataView(memory0).setUint32(base + 8, ptr24, true);
                      }
                      variant27_0 = 0;
                      variant27_1 = toUint16(tuple21_0);
                      variant27_2 = result25;
                      variant27_3 = len25;
                      break;
                    }
                    case 'unreachable': {
                      const e = variant27.val;
                      
                      var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                      var ptr26= encodeRes.ptr;
                      var len26 = encodeRes.len;
                      
                      variant27_0 = 1;
                      variant27_1 = ptr26;
                      variant27_2 = len26;
                      variant27_3 = 0;
                      break;
                    }
                    default: {
                      throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant27.tag)}\` (received \`${variant27}\`) specified for \`TalkAnswer\``);
                    }
                  }
                  variant28_0 = 1;
                  variant28_1 = variant27_0;
                  variant28_2 = variant27_1;
                  variant28_3 = variant27_2;
                  variant28_4 = variant27_3;
                }
                variant75_0 = 3;
                variant75_1 = toUint16(tuple19_0);
                variant75_2 = ptr20;
                variant75_3 = BigInt(BigInt(len20));
                variant75_4 = variant28_0;
                variant75_5 = variant28_1;
                variant75_6 = variant28_2;
                variant75_7 = variant28_3;
                variant75_8 = variant28_4;
                break;
              }
              case 'model-unreachable': {
                const e = variant75.val;
                var [tuple29_0, tuple29_1] = e;
                var variant31 = tuple29_0;
                let variant31_0;
                let variant31_1;
                let variant31_2;
                switch (variant31.tag) {
                  case 'timeout': {
                    variant31_0 = 0;
                    variant31_1 = 0;
                    variant31_2 = 0;
                    break;
                  }
                  case 'connection': {
                    const e = variant31.val;
                    
                    var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                    var ptr30= encodeRes.ptr;
                    var len30 = encodeRes.len;
                    
                    variant31_0 = 1;
                    variant31_1 = ptr30;
                    variant31_2 = len30;
                    break;
                  }
                  case 'too-large': {
                    variant31_0 = 2;
                    variant31_1 = 0;
                    variant31_2 = 0;
                    break;
                  }
                  default: {
                    throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant31.tag)}\` (received \`${variant31}\`) specified for \`TransportFailure\``);
                  }
                }
                var variant39 = tuple29_1;
                let variant39_0;
                let variant39_1;
                let variant39_2;
                let variant39_3;
                let variant39_4;
                if (variant39 === null || variant39=== undefined) {
                  variant39_0 = 0;
                  variant39_1 = 0;
                  variant39_2 = 0;
                  variant39_3 = 0;
                  variant39_4 = 0;
                } else {
                  const e = variant39;
                  var variant38 = e;
                  let variant38_0;
                  let variant38_1;
                  let variant38_2;
                  let variant38_3;
                  switch (variant38.tag) {
                    case 'status': {
                      const e = variant38.val;
                      var [tuple32_0, tuple32_1] = e;
                      var vec36 = tuple32_1;
                      var len36 = vec36.length;
                      var result36 = realloc0(0, 0, 4, len36 * 16);
                      for (let i = 0; i < vec36.length; i++) {
                        const e = vec36[i];
                        const base = result36 + i * 16;var [tuple33_0, tuple33_1] = e;
                        
                        var encodeRes = _utf8AllocateAndEncode(tuple33_0, realloc0, memory0);
                        var ptr34= encodeRes.ptr;
                        var len34 = encodeRes.len;
                        
                        dataView(memory0).setUint32(base + 4, len34, true);
                        dataView(memory0).setUint32(base + 0, ptr34, true);
                        
                        var encodeRes = _utf8AllocateAndEncode(tuple33_1, realloc0, memory0);
                        var ptr35= encodeRes.ptr;
                        var len35 = encodeRes.len;
                        
                        dataView(memory0).setUint32(base + 12, len35, true);
                        dataView(memory0).setUint32(base + 8, ptr35, true);
                      }
                      variant38_0 = 0;
                      variant38_1 = toUint16(tuple32_0);
                      variant38_2 = result36;
                      variant38_3 = len36;
                      break;
                    }
                    case 'unreachable': {
                      const e = variant38.val;
                      
                      var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                      var ptr37= encodeRes.ptr;
                      var len37 = encodeRes.len;
                      
                      variant38_0 = 1;
                      variant38_1 = ptr37;
                      variant38_2 = len37;
                      variant38_3 = 0;
                      break;
                    }
                    default: {
                      throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant38.tag)}\` (received \`${variant38}\`) specified for \`TalkAnswer\``);
                    }
                  }
                  variant39_0 = 1;
                  variant39_1 = variant38_0;
                  variant39_2 = variant38_1;
                  variant39_3 = variant38_2;
                  variant39_4 = variant38_3;
                }
                variant75_0 = 4;
                variant75_1 = variant31_0;
                variant75_2 = variant31_1;
                variant75_3 = BigInt(BigInt(variant31_2));
                variant75_4 = variant39_0;
                variant75_5 = variant39_1;
                variant75_6 = variant39_2;
                variant75_7 = variant39_3;
                variant75_8 = variant39_4;
                break;
              }
              case 'responder-answered': {
                const e = variant75.val;
                var [tuple40_0, tuple40_1] = e;
                var variant42 = tuple40_0;
                let variant42_0;
                let variant42_1;
                let variant42_2;
                if (variant42 === null || variant42=== undefined) {
                  variant42_0 = 0;
                  variant42_1 = 0;
                  variant42_2 = 0;
                } else {
                  const e = variant42;
                  
                  var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                  var ptr41= encodeRes.ptr;
                  var len41 = encodeRes.len;
                  
                  variant42_0 = 1;
                  variant42_1 = ptr41;
                  variant42_2 = len41;
                }
                var variant50 = tuple40_1;
                let variant50_0;
                let variant50_1;
                let variant50_2;
                let variant50_3;
                let variant50_4;
                if (variant50 === null || variant50=== undefined) {
                  variant50_0 = 0;
                  variant50_1 = 0;
                  variant50_2 = 0;
                  variant50_3 = 0;
                  variant50_4 = 0;
                } else {
                  const e = variant50;
                  var variant49 = e;
                  let variant49_0;
                  let variant49_1;
                  let variant49_2;
                  let variant49_3;
                  switch (variant49.tag) {
                    case 'status': {
                      const e = variant49.val;
                      var [tuple43_0, tuple43_1] = e;
                      var vec47 = tuple43_1;
                      var len47 = vec47.length;
                      var result47 = realloc0(0, 0, 4, len47 * 16);
                      for (let i = 0; i < vec47.length; i++) {
                        const e = vec47[i];
                        const base = result47 + i * 16;var [tuple44_0, tuple44_1] = e;
                        
                        var encodeRes = _utf8AllocateAndEncode(tuple44_0, realloc0, memory0);
                        var ptr45= encodeRes.ptr;
                        var len45 = encodeRes.len;
                        
                        dataView(memory0).setUint32(base + 4, len45, true);
                        dataView(memory0).setUint32(base + 0, ptr45, true);
                        
                        var encodeRes = _utf8AllocateAndEncode(tuple44_1, realloc0, memory0);
                        var ptr46= encodeRes.ptr;
                        var len46 = encodeRes.len;
                        
                        dataView(memory0).setUint32(base + 12, len46, true);
                        dataView(memory0).setUint32(base + 8, ptr46, true);
                      }
                      variant49_0 = 0;
                      variant49_1 = toUint16(tuple43_0);
                      variant49_2 = result47;
                      variant49_3 = len47;
                      break;
                    }
                    case 'unreachable': {
                      const e = variant49.val;
                      
                      var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                      var ptr48= encodeRes.ptr;
                      var len48 = encodeRes.len;
                      
                      variant49_0 = 1;
                      variant49_1 = ptr48;
                      variant49_2 = len48;
                      variant49_3 = 0;
                      break;
                    }
                    default: {
                      throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant49.tag)}\` (received \`${variant49}\`) specified for \`TalkAnswer\``);
                    }
                  }
                  variant50_0 = 1;
                  variant50_1 = variant49_0;
                  variant50_2 = variant49_1;
                  variant50_3 = variant49_2;
                  variant50_4 = variant49_3;
                }
                variant75_0 = 5;
                variant75_1 = variant42_0;
                variant75_2 = variant42_1;
                variant75_3 = BigInt(BigInt(variant42_2));
                variant75_4 = variant50_0;
                variant75_5 = variant50_1;
                variant75_6 = variant50_2;
                variant75_7 = variant50_3;
                variant75_8 = variant50_4;
                break;
              }
              case 'responder-failed': {
                const e = variant75.val;
                var [tuple51_0, tuple51_1] = e;
                var {kind: v52_0, reason: v52_1 } = tuple51_0;
                var val53 = v52_0;
                let enum53;
                switch (val53) {
                  case 'timeout': {
                    enum53 = 0;
                    break;
                  }
                  case 'rate-limited': {
                    enum53 = 1;
                    break;
                  }
                  case 'server-error': {
                    enum53 = 2;
                    break;
                  }
                  case 'connection': {
                    enum53 = 3;
                    break;
                  }
                  case 'refused': {
                    enum53 = 4;
                    break;
                  }
                  case 'failed': {
                    enum53 = 5;
                    break;
                  }
                  default: {
                    if ((v52_0) instanceof Error) {
                      console.error(v52_0);
                    }
                    
                    throw new TypeError(`"${val53}" is not one of the cases of failure-kind`);
                  }
                }
                
                var encodeRes = _utf8AllocateAndEncode(v52_1, realloc0, memory0);
                var ptr54= encodeRes.ptr;
                var len54 = encodeRes.len;
                
                var variant62 = tuple51_1;
                let variant62_0;
                let variant62_1;
                let variant62_2;
                let variant62_3;
                let variant62_4;
                if (variant62 === null || variant62=== undefined) {
                  variant62_0 = 0;
                  variant62_1 = 0;
                  variant62_2 = 0;
                  variant62_3 = 0;
                  variant62_4 = 0;
                } else {
                  const e = variant62;
                  var variant61 = e;
                  let variant61_0;
                  let variant61_1;
                  let variant61_2;
                  let variant61_3;
                  switch (variant61.tag) {
                    case 'status': {
                      const e = variant61.val;
                      var [tuple55_0, tuple55_1] = e;
                      var vec59 = tuple55_1;
                      var len59 = vec59.length;
                      var result59 = realloc0(0, 0, 4, len59 * 16);
                      for (let i = 0; i < vec59.length; i++) {
                        const e = vec59[i];
                        const base = result59 + i * 16;var [tuple56_0, tuple56_1] = e;
                        
                        var encodeRes = _utf8AllocateAndEncode(tuple56_0, realloc0, memory0);
                        var ptr57= encodeRes.ptr;
                        var len57 = encodeRes.len;
                        
                        dataView(memory0).setUint32(base + 4, len57, true);
                        dataView(memory0).setUint32(base + 0, ptr57, true);
                        
                        var encodeRes = _utf8AllocateAndEncode(tuple56_1, realloc0, memory0);
                        var ptr58= encodeRes.ptr;
                        var len58 = encodeRes.len;
                        
                        dataView(memory0).setUint32(base + 12, len58, true);
                        dataView(memory0).setUint32(base + 8, ptr58, true);
                      }
                      variant61_0 = 0;
                      variant61_1 = toUint16(tuple55_0);
                      variant61_2 = result59;
                      variant61_3 = len59;
                      break;
                    }
                    case 'unreachable': {
                      const e = variant61.val;
                      
                      var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                      var ptr60= encodeRes.ptr;
                      var len60 = encodeRes.len;
                      
                      variant61_0 = 1;
                      variant61_1 = ptr60;
                      variant61_2 = len60;
                      variant61_3 = 0;
                      break;
                    }
                    default: {
                      throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant61.tag)}\` (received \`${variant61}\`) specified for \`TalkAnswer\``);
                    }
                  }
                  variant62_0 = 1;
                  variant62_1 = variant61_0;
                  variant62_2 = variant61_1;
                  variant62_3 = variant61_2;
                  variant62_4 = variant61_3;
                }
                variant75_0 = 6;
                variant75_1 = enum53;
                variant75_2 = ptr54;
                variant75_3 = BigInt(BigInt(len54));
                variant75_4 = variant62_0;
                variant75_5 = variant62_1;
                variant75_6 = variant62_2;
                variant75_7 = variant62_3;
                variant75_8 = variant62_4;
                break;
              }
              case 'breaker': {
                const e = variant75.val;
                var variant66 = e;
                let variant66_0;
                let variant66_1;
                let variant66_2;
                let variant66_3;
                switch (variant66.tag) {
                  case 'clearance': {
                    const e = variant66.val;
                    var variant64 = e;
                    let variant64_0;
                    let variant64_1;
                    let variant64_2;
                    switch (variant64.tag) {
                      case 'send': {
                        variant64_0 = 0;
                        variant64_1 = 0n;
                        variant64_2 = 0;
                        break;
                      }
                      case 'wait-until': {
                        const e = variant64.val;
                        variant64_0 = 1;
                        variant64_1 = BigInt(toUint64(e));
                        variant64_2 = 0;
                        break;
                      }
                      case 'hold': {
                        const e = variant64.val;
                        
                        var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                        var ptr63= encodeRes.ptr;
                        var len63 = encodeRes.len;
                        
                        variant64_0 = 2;
                        variant64_1 = BigInt(ptr63);
                        variant64_2 = len63;
                        break;
                      }
                      default: {
                        throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant64.tag)}\` (received \`${variant64}\`) specified for \`Clearance\``);
                      }
                    }
                    variant66_0 = 0;
                    variant66_1 = variant64_0;
                    variant66_2 = variant64_1;
                    variant66_3 = variant64_2;
                    break;
                  }
                  case 'refusal': {
                    const e = variant66.val;
                    var variant65 = e;
                    let variant65_0;
                    let variant65_1;
                    switch (variant65.tag) {
                      case 'room': {
                        const e = variant65.val;
                        variant65_0 = 0;
                        variant65_1 = toUint32(e);
                        break;
                      }
                      case 'room-disabled': {
                        variant65_0 = 1;
                        variant65_1 = 0;
                        break;
                      }
                      case 'backend': {
                        const e = variant65.val;
                        variant65_0 = 2;
                        variant65_1 = e ? 1 : 0;
                        break;
                      }
                      default: {
                        throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant65.tag)}\` (received \`${variant65}\`) specified for \`Refusal\``);
                      }
                    }
                    variant66_0 = 1;
                    variant66_1 = variant65_0;
                    variant66_2 = BigInt(BigInt(variant65_1));
                    variant66_3 = 0;
                    break;
                  }
                  case 'locked': {
                    const e = variant66.val;
                    variant66_0 = 2;
                    variant66_1 = e ? 1 : 0;
                    variant66_2 = 0n;
                    variant66_3 = 0;
                    break;
                  }
                  case 'released': {
                    const e = variant66.val;
                    variant66_0 = 3;
                    variant66_1 = e ? 1 : 0;
                    variant66_2 = 0n;
                    variant66_3 = 0;
                    break;
                  }
                  case 'nothing': {
                    variant66_0 = 4;
                    variant66_1 = 0;
                    variant66_2 = 0n;
                    variant66_3 = 0;
                    break;
                  }
                  default: {
                    throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant66.tag)}\` (received \`${variant66}\`) specified for \`BreakerVerdict\``);
                  }
                }
                variant75_0 = 7;
                variant75_1 = variant66_0;
                variant75_2 = variant66_1;
                variant75_3 = variant66_2;
                variant75_4 = variant66_3;
                variant75_5 = 0;
                variant75_6 = 0;
                variant75_7 = 0;
                variant75_8 = 0;
                break;
              }
              case 'talk-answered': {
                const e = variant75.val;
                var variant73 = e;
                let variant73_0;
                let variant73_1;
                let variant73_2;
                let variant73_3;
                switch (variant73.tag) {
                  case 'status': {
                    const e = variant73.val;
                    var [tuple67_0, tuple67_1] = e;
                    var vec71 = tuple67_1;
                    var len71 = vec71.length;
                    var result71 = realloc0(0, 0, 4, len71 * 16);
                    for (let i = 0; i < vec71.length; i++) {
                      const e = vec71[i];
                      const base = result71 + i * 16;var [tuple68_0, tuple68_1] = e;
                      
                      var encodeRes = _utf8AllocateAndEncode(tuple68_0, realloc0, memory0);
                      var ptr69= encodeRes.ptr;
                      var len69 = encodeRes.len;
                      
                      dataView(memory0).setUint32(base + 4, len69, true);
                      dataView(memory0).setUint32(base + 0, ptr69, true);
                      
                      var encodeRes = _utf8AllocateAndEncode(tuple68_1, realloc0, memory0);
                      var ptr70= encodeRes.ptr;
                      var len70 = encodeRes.len;
                      
                      dataView(memory0).setUint32(base + 12, len70, true);
                      dataView(memory0).setUint32(base + 8, ptr70, true);
                    }
                    variant73_0 = 0;
                    variant73_1 = toUint16(tuple67_0);
                    variant73_2 = result71;
                    variant73_3 = len71;
                    break;
                  }
                  case 'unreachable': {
                    const e = variant73.val;
                    
                    var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                    var ptr72= encodeRes.ptr;
                    var len72 = encodeRes.len;
                    
                    variant73_0 = 1;
                    variant73_1 = ptr72;
                    variant73_2 = len72;
                    variant73_3 = 0;
                    break;
                  }
                  default: {
                    throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant73.tag)}\` (received \`${variant73}\`) specified for \`TalkAnswer\``);
                  }
                }
                variant75_0 = 8;
                variant75_1 = variant73_0;
                variant75_2 = variant73_1;
                variant75_3 = BigInt(variant73_2);
                variant75_4 = variant73_3;
                variant75_5 = 0;
                variant75_6 = 0;
                variant75_7 = 0;
                variant75_8 = 0;
                break;
              }
              case 'stored': {
                variant75_0 = 9;
                variant75_1 = 0;
                variant75_2 = 0;
                variant75_3 = 0n;
                variant75_4 = 0;
                variant75_5 = 0;
                variant75_6 = 0;
                variant75_7 = 0;
                variant75_8 = 0;
                break;
              }
              case 'unavailable': {
                const e = variant75.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr74= encodeRes.ptr;
                var len74 = encodeRes.len;
                
                variant75_0 = 10;
                variant75_1 = ptr74;
                variant75_2 = len74;
                variant75_3 = 0n;
                variant75_4 = 0;
                variant75_5 = 0;
                variant75_6 = 0;
                variant75_7 = 0;
                variant75_8 = 0;
                break;
              }
              default: {
                throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant75.tag)}\` (received \`${variant75}\`) specified for \`Input\``);
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/job@0.3.0", function="[method]bot.step"][Instruction::CallWasm] enter', {
              funcName: '[method]bot.step',
              paramCount: 13,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => job030MethodBotStep(handle0, ptr2, len2, variant75_0, variant75_1, variant75_2, variant75_3, variant75_4, variant75_5, variant75_6, variant75_7, variant75_8, toUint64(arg3)),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant249;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var ptr76 = dataView(memory0).getUint32(ret + 8, true);
                var len76 = dataView(memory0).getUint32(ret + 12, true);
                if (ptr76 % 1 !== 0) throw new TypeError(`list pointer [${ptr76}] is not aligned to 1`);
                var result76 = new Uint8Array(memory0.buffer.slice(ptr76, ptr76 + len76 * 1));
                let variant243;
                switch (dataView(memory0).getUint8(ret + 16, true)) {
                  case 0: {
                    var ptr77 = dataView(memory0).getUint32(ret + 28, true);
                    var len77 = dataView(memory0).getUint32(ret + 32, true);
                    var result77 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr77, len77));
                    variant243= {
                      tag: 'load-settings',
                      val: [dataView(memory0).getInt32(ret + 24, true) >>> 0, result77]
                    };
                    break;
                  }
                  case 1: {
                    var ptr78 = dataView(memory0).getUint32(ret + 28, true);
                    var len78 = dataView(memory0).getUint32(ret + 32, true);
                    var result78 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr78, len78));
                    variant243= {
                      tag: 'load-memory',
                      val: {
                        backendIndex: dataView(memory0).getInt32(ret + 24, true) >>> 0,
                        token: result78,
                      }
                    };
                    break;
                  }
                  case 2: {
                    var ptr79 = dataView(memory0).getUint32(ret + 28, true);
                    var len79 = dataView(memory0).getUint32(ret + 32, true);
                    var result79 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr79, len79));
                    let variant81;
                    switch (dataView(memory0).getUint8(ret + 36, true)) {
                      case 0: {
                        variant81 = undefined;
                        break;
                      }
                      case 1: {
                        let enum80;
                        switch (dataView(memory0).getUint8(ret + 37, true)) {
                          case 0: {
                            enum80 = 'all';
                            break;
                          }
                          case 1: {
                            enum80 = 'mention';
                            break;
                          }
                          case 2: {
                            enum80 = 'off';
                            break;
                          }
                          default: {
                            throw new TypeError('invalid discriminant specified for Mode');
                          }
                        }
                        variant81 = enum80;
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    let variant83;
                    switch (dataView(memory0).getUint8(ret + 40, true)) {
                      case 0: {
                        variant83 = undefined;
                        break;
                      }
                      case 1: {
                        var ptr82 = dataView(memory0).getUint32(ret + 44, true);
                        var len82 = dataView(memory0).getUint32(ret + 48, true);
                        var result82 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr82, len82));
                        variant83 = result82;
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    let variant85;
                    switch (dataView(memory0).getUint8(ret + 52, true)) {
                      case 0: {
                        variant85 = undefined;
                        break;
                      }
                      case 1: {
                        var ptr84 = dataView(memory0).getUint32(ret + 56, true);
                        var len84 = dataView(memory0).getUint32(ret + 60, true);
                        var result84 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr84, len84));
                        variant85 = result84;
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    variant243= {
                      tag: 'store-settings',
                      val: [dataView(memory0).getInt32(ret + 24, true) >>> 0, result79, {
                        mode: variant81,
                        persona: variant83,
                        schedules: variant85,
                      }]
                    };
                    break;
                  }
                  case 3: {
                    var ptr86 = dataView(memory0).getUint32(ret + 28, true);
                    var len86 = dataView(memory0).getUint32(ret + 32, true);
                    var result86 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr86, len86));
                    var len93 = dataView(memory0).getUint32(ret + 40, true);
                    var base93 = dataView(memory0).getUint32(ret + 36, true);
                    if (base93 % 4 !== 0) throw new TypeError(`list pointer [${base93}] is not aligned to 4`);
                    var result93 = [];
                    for (let i = 0; i < len93; i++) {
                      const base = base93 + i * 44;
                      var ptr87 = dataView(memory0).getUint32(base + 0, true);
                      var len87 = dataView(memory0).getUint32(base + 4, true);
                      var result87 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr87, len87));
                      var ptr88 = dataView(memory0).getUint32(base + 8, true);
                      var len88 = dataView(memory0).getUint32(base + 12, true);
                      var result88 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr88, len88));
                      var ptr89 = dataView(memory0).getUint32(base + 16, true);
                      var len89 = dataView(memory0).getUint32(base + 20, true);
                      var result89 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr89, len89));
                      let enum90;
                      switch (dataView(memory0).getUint8(base + 24, true)) {
                        case 0: {
                          enum90 = 'user';
                          break;
                        }
                        case 1: {
                          enum90 = 'assistant';
                          break;
                        }
                        default: {
                          throw new TypeError('invalid discriminant specified for Role');
                        }
                      }
                      var ptr91 = dataView(memory0).getUint32(base + 28, true);
                      var len91 = dataView(memory0).getUint32(base + 32, true);
                      var result91 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr91, len91));
                      var ptr92 = dataView(memory0).getUint32(base + 36, true);
                      var len92 = dataView(memory0).getUint32(base + 40, true);
                      var result92 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr92, len92));
                      result93.push({
                        thread: result87,
                        messageId: result88,
                        asker: result89,
                        turn: {
                          role: enum90,
                          author: result91,
                          text: result92,
                        },
                      });
                    }
                    variant243= {
                      tag: 'remember',
                      val: [{
                        backendIndex: dataView(memory0).getInt32(ret + 24, true) >>> 0,
                        token: result86,
                      }, result93, dataView(memory0).getInt32(ret + 44, true) >>> 0]
                    };
                    break;
                  }
                  case 4: {
                    var ptr94 = dataView(memory0).getUint32(ret + 28, true);
                    var len94 = dataView(memory0).getUint32(ret + 32, true);
                    var result94 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr94, len94));
                    let variant97;
                    switch (dataView(memory0).getUint8(ret + 36, true)) {
                      case 0: {
                        variant97 = undefined;
                        break;
                      }
                      case 1: {
                        var len96 = dataView(memory0).getUint32(ret + 44, true);
                        var base96 = dataView(memory0).getUint32(ret + 40, true);
                        if (base96 % 4 !== 0) throw new TypeError(`list pointer [${base96}] is not aligned to 4`);
                        var result96 = [];
                        for (let i = 0; i < len96; i++) {
                          const base = base96 + i * 8;
                          var ptr95 = dataView(memory0).getUint32(base + 0, true);
                          var len95 = dataView(memory0).getUint32(base + 4, true);
                          var result95 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr95, len95));
                          result96.push(result95);
                        }
                        variant97 = result96;
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    variant243= {
                      tag: 'erase',
                      val: {
                        key: {
                          backendIndex: dataView(memory0).getInt32(ret + 24, true) >>> 0,
                          token: result94,
                        },
                        questions: variant97,
                      }
                    };
                    break;
                  }
                  case 5: {
                    var ptr98 = dataView(memory0).getUint32(ret + 28, true);
                    var len98 = dataView(memory0).getUint32(ret + 32, true);
                    var result98 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr98, len98));
                    variant243= {
                      tag: 'forget',
                      val: [dataView(memory0).getInt32(ret + 24, true) >>> 0, result98]
                    };
                    break;
                  }
                  case 6: {
                    var ptr99 = dataView(memory0).getUint32(ret + 24, true);
                    var len99 = dataView(memory0).getUint32(ret + 28, true);
                    var result99 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr99, len99));
                    let enum100;
                    switch (dataView(memory0).getUint8(ret + 32, true)) {
                      case 0: {
                        enum100 = 'get';
                        break;
                      }
                      case 1: {
                        enum100 = 'post';
                        break;
                      }
                      case 2: {
                        enum100 = 'delete';
                        break;
                      }
                      default: {
                        throw new TypeError('invalid discriminant specified for HttpMethod');
                      }
                    }
                    var ptr101 = dataView(memory0).getUint32(ret + 36, true);
                    var len101 = dataView(memory0).getUint32(ret + 40, true);
                    var result101 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr101, len101));
                    var len104 = dataView(memory0).getUint32(ret + 48, true);
                    var base104 = dataView(memory0).getUint32(ret + 44, true);
                    if (base104 % 4 !== 0) throw new TypeError(`list pointer [${base104}] is not aligned to 4`);
                    var result104 = [];
                    for (let i = 0; i < len104; i++) {
                      const base = base104 + i * 16;
                      var ptr102 = dataView(memory0).getUint32(base + 0, true);
                      var len102 = dataView(memory0).getUint32(base + 4, true);
                      var result102 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr102, len102));
                      var ptr103 = dataView(memory0).getUint32(base + 8, true);
                      var len103 = dataView(memory0).getUint32(base + 12, true);
                      var result103 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr103, len103));
                      result104.push([result102, result103]);
                    }
                    var ptr105 = dataView(memory0).getUint32(ret + 52, true);
                    var len105 = dataView(memory0).getUint32(ret + 56, true);
                    var result105 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr105, len105));
                    let variant122;
                    switch (dataView(memory0).getUint8(ret + 64, true)) {
                      case 0: {
                        variant122 = undefined;
                        break;
                      }
                      case 1: {
                        let enum106;
                        switch (dataView(memory0).getUint8(ret + 80, true)) {
                          case 0: {
                            enum106 = 'get';
                            break;
                          }
                          case 1: {
                            enum106 = 'post';
                            break;
                          }
                          case 2: {
                            enum106 = 'delete';
                            break;
                          }
                          default: {
                            throw new TypeError('invalid discriminant specified for HttpMethod');
                          }
                        }
                        var ptr107 = dataView(memory0).getUint32(ret + 84, true);
                        var len107 = dataView(memory0).getUint32(ret + 88, true);
                        var result107 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr107, len107));
                        var len110 = dataView(memory0).getUint32(ret + 96, true);
                        var base110 = dataView(memory0).getUint32(ret + 92, true);
                        if (base110 % 4 !== 0) throw new TypeError(`list pointer [${base110}] is not aligned to 4`);
                        var result110 = [];
                        for (let i = 0; i < len110; i++) {
                          const base = base110 + i * 16;
                          var ptr108 = dataView(memory0).getUint32(base + 0, true);
                          var len108 = dataView(memory0).getUint32(base + 4, true);
                          var result108 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr108, len108));
                          var ptr109 = dataView(memory0).getUint32(base + 8, true);
                          var len109 = dataView(memory0).getUint32(base + 12, true);
                          var result109 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr109, len109));
                          result110.push([result108, result109]);
                        }
                        var ptr111 = dataView(memory0).getUint32(ret + 100, true);
                        var len111 = dataView(memory0).getUint32(ret + 104, true);
                        var result111 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr111, len111));
                        let variant121;
                        switch (dataView(memory0).getUint8(ret + 112, true)) {
                          case 0: {
                            variant121 = undefined;
                            break;
                          }
                          case 1: {
                            var ptr112 = dataView(memory0).getUint32(ret + 124, true);
                            var len112 = dataView(memory0).getUint32(ret + 128, true);
                            var result112 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr112, len112));
                            let variant113;
                            switch (dataView(memory0).getUint8(ret + 136, true)) {
                              case 0: {
                                variant113 = undefined;
                                break;
                              }
                              case 1: {
                                variant113 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 144, true)));
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            let variant115;
                            switch (dataView(memory0).getUint8(ret + 152, true)) {
                              case 0: {
                                variant115 = undefined;
                                break;
                              }
                              case 1: {
                                var ptr114 = dataView(memory0).getUint32(ret + 156, true);
                                var len114 = dataView(memory0).getUint32(ret + 160, true);
                                var result114 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr114, len114));
                                variant115 = result114;
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            var bool116 = dataView(memory0).getUint8(ret + 164, true);
                            let variant117;
                            switch (dataView(memory0).getUint8(ret + 168, true)) {
                              case 0: {
                                variant117 = undefined;
                                break;
                              }
                              case 1: {
                                variant117 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 176, true)));
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            let variant119;
                            switch (dataView(memory0).getUint8(ret + 184, true)) {
                              case 0: {
                                variant119 = undefined;
                                break;
                              }
                              case 1: {
                                var ptr118 = dataView(memory0).getUint32(ret + 188, true);
                                var len118 = dataView(memory0).getUint32(ret + 192, true);
                                var result118 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr118, len118));
                                variant119 = result118;
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            let variant120;
                            switch (dataView(memory0).getUint8(ret + 196, true)) {
                              case 0: {
                                variant120 = undefined;
                                break;
                              }
                              case 1: {
                                variant120 = dataView(memory0).getInt32(ret + 200, true) >>> 0;
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            variant121 = {
                              index: dataView(memory0).getInt32(ret + 120, true) >>> 0,
                              text: result112,
                              options: {
                                replyTo: variant113,
                                referenceId: variant115,
                                silent: bool116 == 0 ? false : (bool116 == 1 ? true : throwInvalidBool()),
                                threadId: variant117,
                                threadTitle: variant119,
                                maxLength: variant120,
                              },
                            };
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        variant122 = {
                          at: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 72, true))),
                          request: {
                            method: enum106,
                            url: result107,
                            headers: result110,
                            body: result111,
                            chunk: variant121,
                          },
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    variant243= {
                      tag: 'ask-model',
                      val: {
                        responder: result99,
                        request: {
                          method: enum100,
                          url: result101,
                          headers: result104,
                          body: result105,
                        },
                        reaction: variant122,
                      }
                    };
                    break;
                  }
                  case 7: {
                    var ptr123 = dataView(memory0).getUint32(ret + 24, true);
                    var len123 = dataView(memory0).getUint32(ret + 28, true);
                    var result123 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr123, len123));
                    var ptr124 = dataView(memory0).getUint32(ret + 32, true);
                    var len124 = dataView(memory0).getUint32(ret + 36, true);
                    var result124 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr124, len124));
                    let variant153;
                    switch (dataView(memory0).getUint8(ret + 40, true)) {
                      case 0: {
                        let variant144;
                        switch (dataView(memory0).getUint8(ret + 48, true)) {
                          case 0: {
                            variant144 = undefined;
                            break;
                          }
                          case 1: {
                            let variant126;
                            switch (dataView(memory0).getUint8(ret + 56, true)) {
                              case 0: {
                                variant126= {
                                  tag: 'users',
                                };
                                break;
                              }
                              case 1: {
                                variant126= {
                                  tag: 'guests',
                                };
                                break;
                              }
                              case 2: {
                                variant126= {
                                  tag: 'emails',
                                };
                                break;
                              }
                              case 3: {
                                variant126= {
                                  tag: 'federated-users',
                                };
                                break;
                              }
                              case 4: {
                                variant126= {
                                  tag: 'bots',
                                };
                                break;
                              }
                              case 5: {
                                variant126= {
                                  tag: 'bridged',
                                };
                                break;
                              }
                              case 6: {
                                variant126= {
                                  tag: 'deleted-users',
                                };
                                break;
                              }
                              case 7: {
                                var ptr125 = dataView(memory0).getUint32(ret + 60, true);
                                var len125 = dataView(memory0).getUint32(ret + 64, true);
                                var result125 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr125, len125));
                                variant126= {
                                  tag: 'other',
                                  val: result125
                                };
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for ActorKind');
                              }
                            }
                            var ptr127 = dataView(memory0).getUint32(ret + 68, true);
                            var len127 = dataView(memory0).getUint32(ret + 72, true);
                            var result127 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr127, len127));
                            var ptr128 = dataView(memory0).getUint32(ret + 76, true);
                            var len128 = dataView(memory0).getUint32(ret + 80, true);
                            var result128 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr128, len128));
                            var ptr129 = dataView(memory0).getUint32(ret + 84, true);
                            var len129 = dataView(memory0).getUint32(ret + 88, true);
                            var result129 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr129, len129));
                            let variant130;
                            switch (dataView(memory0).getUint8(ret + 92, true)) {
                              case 0: {
                                variant130 = undefined;
                                break;
                              }
                              case 1: {
                                variant130 = clampGuest(dataView(memory0).getUint8(ret + 93, true), 0, 255);
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            var ptr131 = dataView(memory0).getUint32(ret + 104, true);
                            var len131 = dataView(memory0).getUint32(ret + 108, true);
                            var result131 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr131, len131));
                            var ptr132 = dataView(memory0).getUint32(ret + 112, true);
                            var len132 = dataView(memory0).getUint32(ret + 116, true);
                            var result132 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr132, len132));
                            var len141 = dataView(memory0).getUint32(ret + 124, true);
                            var base141 = dataView(memory0).getUint32(ret + 120, true);
                            if (base141 % 4 !== 0) throw new TypeError(`list pointer [${base141}] is not aligned to 4`);
                            var result141 = [];
                            for (let i = 0; i < len141; i++) {
                              const base = base141 + i * 40;
                              var ptr133 = dataView(memory0).getUint32(base + 0, true);
                              var len133 = dataView(memory0).getUint32(base + 4, true);
                              var result133 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr133, len133));
                              var ptr134 = dataView(memory0).getUint32(base + 8, true);
                              var len134 = dataView(memory0).getUint32(base + 12, true);
                              var result134 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr134, len134));
                              var ptr135 = dataView(memory0).getUint32(base + 16, true);
                              var len135 = dataView(memory0).getUint32(base + 20, true);
                              var result135 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr135, len135));
                              var ptr136 = dataView(memory0).getUint32(base + 24, true);
                              var len136 = dataView(memory0).getUint32(base + 28, true);
                              var result136 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr136, len136));
                              var len140 = dataView(memory0).getUint32(base + 36, true);
                              var base140 = dataView(memory0).getUint32(base + 32, true);
                              if (base140 % 4 !== 0) throw new TypeError(`list pointer [${base140}] is not aligned to 4`);
                              var result140 = [];
                              for (let i = 0; i < len140; i++) {
                                const base = base140 + i * 20;
                                var ptr137 = dataView(memory0).getUint32(base + 0, true);
                                var len137 = dataView(memory0).getUint32(base + 4, true);
                                var result137 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr137, len137));
                                var ptr138 = dataView(memory0).getUint32(base + 8, true);
                                var len138 = dataView(memory0).getUint32(base + 12, true);
                                var result138 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr138, len138));
                                var bool139 = dataView(memory0).getUint8(base + 16, true);
                                result140.push({
                                  name: result137,
                                  value: result138,
                                  isJson: bool139 == 0 ? false : (bool139 == 1 ? true : throwInvalidBool()),
                                });
                              }
                              result141.push({
                                key: result133,
                                objectType: result134,
                                id: result135,
                                name: result136,
                                fields: result140,
                              });
                            }
                            var ptr142 = dataView(memory0).getUint32(ret + 128, true);
                            var len142 = dataView(memory0).getUint32(ret + 132, true);
                            var result142 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr142, len142));
                            var ptr143 = dataView(memory0).getUint32(ret + 136, true);
                            var len143 = dataView(memory0).getUint32(ret + 140, true);
                            var result143 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr143, len143));
                            variant144 = {
                              author: {
                                kind: variant126,
                                id: result127,
                                rawId: result128,
                                name: result129,
                                participantType: variant130,
                              },
                              message: {
                                id: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 96, true))),
                                name: result131,
                                template: result132,
                                parameters: result141,
                                mediaType: result142,
                                contentJson: result143,
                              },
                            };
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        variant153= {
                          tag: 'create',
                          val: variant144
                        };
                        break;
                      }
                      case 1: {
                        variant153= {
                          tag: 'activity',
                        };
                        break;
                      }
                      case 2: {
                        var ptr145 = dataView(memory0).getUint32(ret + 48, true);
                        var len145 = dataView(memory0).getUint32(ret + 52, true);
                        var result145 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr145, len145));
                        variant153= {
                          tag: 'like',
                          val: result145
                        };
                        break;
                      }
                      case 3: {
                        var ptr146 = dataView(memory0).getUint32(ret + 48, true);
                        var len146 = dataView(memory0).getUint32(ret + 52, true);
                        var result146 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr146, len146));
                        let variant148;
                        switch (dataView(memory0).getUint8(ret + 56, true)) {
                          case 0: {
                            variant148= {
                              tag: 'users',
                            };
                            break;
                          }
                          case 1: {
                            variant148= {
                              tag: 'guests',
                            };
                            break;
                          }
                          case 2: {
                            variant148= {
                              tag: 'emails',
                            };
                            break;
                          }
                          case 3: {
                            variant148= {
                              tag: 'federated-users',
                            };
                            break;
                          }
                          case 4: {
                            variant148= {
                              tag: 'bots',
                            };
                            break;
                          }
                          case 5: {
                            variant148= {
                              tag: 'bridged',
                            };
                            break;
                          }
                          case 6: {
                            variant148= {
                              tag: 'deleted-users',
                            };
                            break;
                          }
                          case 7: {
                            var ptr147 = dataView(memory0).getUint32(ret + 60, true);
                            var len147 = dataView(memory0).getUint32(ret + 64, true);
                            var result147 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr147, len147));
                            variant148= {
                              tag: 'other',
                              val: result147
                            };
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for ActorKind');
                          }
                        }
                        var ptr149 = dataView(memory0).getUint32(ret + 68, true);
                        var len149 = dataView(memory0).getUint32(ret + 72, true);
                        var result149 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr149, len149));
                        var ptr150 = dataView(memory0).getUint32(ret + 76, true);
                        var len150 = dataView(memory0).getUint32(ret + 80, true);
                        var result150 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr150, len150));
                        var ptr151 = dataView(memory0).getUint32(ret + 84, true);
                        var len151 = dataView(memory0).getUint32(ret + 88, true);
                        var result151 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr151, len151));
                        let variant152;
                        switch (dataView(memory0).getUint8(ret + 92, true)) {
                          case 0: {
                            variant152 = undefined;
                            break;
                          }
                          case 1: {
                            variant152 = clampGuest(dataView(memory0).getUint8(ret + 93, true), 0, 255);
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        variant153= {
                          tag: 'undo',
                          val: {
                            reaction: result146,
                            messageAuthor: {
                              kind: variant148,
                              id: result149,
                              rawId: result150,
                              name: result151,
                              participantType: variant152,
                            },
                          }
                        };
                        break;
                      }
                      case 4: {
                        variant153= {
                          tag: 'join',
                        };
                        break;
                      }
                      case 5: {
                        variant153= {
                          tag: 'leave',
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for EventKind');
                      }
                    }
                    let variant155;
                    switch (dataView(memory0).getUint8(ret + 144, true)) {
                      case 0: {
                        variant155= {
                          tag: 'users',
                        };
                        break;
                      }
                      case 1: {
                        variant155= {
                          tag: 'guests',
                        };
                        break;
                      }
                      case 2: {
                        variant155= {
                          tag: 'emails',
                        };
                        break;
                      }
                      case 3: {
                        variant155= {
                          tag: 'federated-users',
                        };
                        break;
                      }
                      case 4: {
                        variant155= {
                          tag: 'bots',
                        };
                        break;
                      }
                      case 5: {
                        variant155= {
                          tag: 'bridged',
                        };
                        break;
                      }
                      case 6: {
                        variant155= {
                          tag: 'deleted-users',
                        };
                        break;
                      }
                      case 7: {
                        var ptr154 = dataView(memory0).getUint32(ret + 148, true);
                        var len154 = dataView(memory0).getUint32(ret + 152, true);
                        var result154 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr154, len154));
                        variant155= {
                          tag: 'other',
                          val: result154
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for ActorKind');
                      }
                    }
                    var ptr156 = dataView(memory0).getUint32(ret + 156, true);
                    var len156 = dataView(memory0).getUint32(ret + 160, true);
                    var result156 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr156, len156));
                    var ptr157 = dataView(memory0).getUint32(ret + 164, true);
                    var len157 = dataView(memory0).getUint32(ret + 168, true);
                    var result157 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr157, len157));
                    var ptr158 = dataView(memory0).getUint32(ret + 172, true);
                    var len158 = dataView(memory0).getUint32(ret + 176, true);
                    var result158 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr158, len158));
                    let variant159;
                    switch (dataView(memory0).getUint8(ret + 180, true)) {
                      case 0: {
                        variant159 = undefined;
                        break;
                      }
                      case 1: {
                        variant159 = clampGuest(dataView(memory0).getUint8(ret + 181, true), 0, 255);
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    var ptr160 = dataView(memory0).getUint32(ret + 184, true);
                    var len160 = dataView(memory0).getUint32(ret + 188, true);
                    var result160 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr160, len160));
                    var ptr161 = dataView(memory0).getUint32(ret + 192, true);
                    var len161 = dataView(memory0).getUint32(ret + 196, true);
                    var result161 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr161, len161));
                    let variant175;
                    switch (dataView(memory0).getUint8(ret + 200, true)) {
                      case 0: {
                        variant175 = undefined;
                        break;
                      }
                      case 1: {
                        var ptr162 = dataView(memory0).getUint32(ret + 216, true);
                        var len162 = dataView(memory0).getUint32(ret + 220, true);
                        var result162 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr162, len162));
                        var ptr163 = dataView(memory0).getUint32(ret + 224, true);
                        var len163 = dataView(memory0).getUint32(ret + 228, true);
                        var result163 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr163, len163));
                        var len172 = dataView(memory0).getUint32(ret + 236, true);
                        var base172 = dataView(memory0).getUint32(ret + 232, true);
                        if (base172 % 4 !== 0) throw new TypeError(`list pointer [${base172}] is not aligned to 4`);
                        var result172 = [];
                        for (let i = 0; i < len172; i++) {
                          const base = base172 + i * 40;
                          var ptr164 = dataView(memory0).getUint32(base + 0, true);
                          var len164 = dataView(memory0).getUint32(base + 4, true);
                          var result164 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr164, len164));
                          var ptr165 = dataView(memory0).getUint32(base + 8, true);
                          var len165 = dataView(memory0).getUint32(base + 12, true);
                          var result165 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr165, len165));
                          var ptr166 = dataView(memory0).getUint32(base + 16, true);
                          var len166 = dataView(memory0).getUint32(base + 20, true);
                          var result166 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr166, len166));
                          var ptr167 = dataView(memory0).getUint32(base + 24, true);
                          var len167 = dataView(memory0).getUint32(base + 28, true);
                          var result167 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr167, len167));
                          var len171 = dataView(memory0).getUint32(base + 36, true);
                          var base171 = dataView(memory0).getUint32(base + 32, true);
                          if (base171 % 4 !== 0) throw new TypeError(`list pointer [${base171}] is not aligned to 4`);
                          var result171 = [];
                          for (let i = 0; i < len171; i++) {
                            const base = base171 + i * 20;
                            var ptr168 = dataView(memory0).getUint32(base + 0, true);
                            var len168 = dataView(memory0).getUint32(base + 4, true);
                            var result168 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr168, len168));
                            var ptr169 = dataView(memory0).getUint32(base + 8, true);
                            var len169 = dataView(memory0).getUint32(base + 12, true);
                            var result169 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr169, len169));
                            var bool170 = dataView(memory0).getUint8(base + 16, true);
                            result171.push({
                              name: result168,
                              value: result169,
                              isJson: bool170 == 0 ? false : (bool170 == 1 ? true : throwInvalidBool()),
                            });
                          }
                          result172.push({
                            key: result164,
                            objectType: result165,
                            id: result166,
                            name: result167,
                            fields: result171,
                          });
                        }
                        var ptr173 = dataView(memory0).getUint32(ret + 240, true);
                        var len173 = dataView(memory0).getUint32(ret + 244, true);
                        var result173 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr173, len173));
                        var ptr174 = dataView(memory0).getUint32(ret + 248, true);
                        var len174 = dataView(memory0).getUint32(ret + 252, true);
                        var result174 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr174, len174));
                        variant175 = {
                          id: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 208, true))),
                          name: result162,
                          template: result163,
                          parameters: result172,
                          mediaType: result173,
                          contentJson: result174,
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    let variant177;
                    switch (dataView(memory0).getUint8(ret + 256, true)) {
                      case 0: {
                        variant177 = undefined;
                        break;
                      }
                      case 1: {
                        var ptr176 = dataView(memory0).getUint32(ret + 260, true);
                        var len176 = dataView(memory0).getUint32(ret + 264, true);
                        var result176 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr176, len176));
                        variant177 = result176;
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    var ptr178 = dataView(memory0).getUint32(ret + 272, true);
                    var len178 = dataView(memory0).getUint32(ret + 276, true);
                    var result178 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr178, len178));
                    var ptr179 = dataView(memory0).getUint32(ret + 280, true);
                    var len179 = dataView(memory0).getUint32(ret + 284, true);
                    var result179 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr179, len179));
                    var ptr180 = dataView(memory0).getUint32(ret + 288, true);
                    var len180 = dataView(memory0).getUint32(ret + 292, true);
                    var result180 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr180, len180));
                    var ptr181 = dataView(memory0).getUint32(ret + 296, true);
                    var len181 = dataView(memory0).getUint32(ret + 300, true);
                    var result181 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr181, len181));
                    var len183 = dataView(memory0).getUint32(ret + 308, true);
                    var base183 = dataView(memory0).getUint32(ret + 304, true);
                    if (base183 % 4 !== 0) throw new TypeError(`list pointer [${base183}] is not aligned to 4`);
                    var result183 = [];
                    for (let i = 0; i < len183; i++) {
                      const base = base183 + i * 8;
                      var ptr182 = dataView(memory0).getUint32(base + 0, true);
                      var len182 = dataView(memory0).getUint32(base + 4, true);
                      var result182 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr182, len182));
                      result183.push(result182);
                    }
                    let variant184;
                    switch (dataView(memory0).getUint8(ret + 320, true)) {
                      case 0: {
                        variant184 = undefined;
                        break;
                      }
                      case 1: {
                        variant184 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 328, true)));
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    var ptr185 = dataView(memory0).getUint32(ret + 336, true);
                    var len185 = dataView(memory0).getUint32(ret + 340, true);
                    var result185 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr185, len185));
                    let variant189;
                    switch (dataView(memory0).getUint8(ret + 344, true)) {
                      case 0: {
                        variant189 = undefined;
                        break;
                      }
                      case 1: {
                        var ptr186 = dataView(memory0).getUint32(ret + 360, true);
                        var len186 = dataView(memory0).getUint32(ret + 364, true);
                        var result186 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr186, len186));
                        var ptr187 = dataView(memory0).getUint32(ret + 368, true);
                        var len187 = dataView(memory0).getUint32(ret + 372, true);
                        var result187 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr187, len187));
                        var bool188 = dataView(memory0).getUint8(ret + 376, true);
                        variant189 = {
                          id: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 352, true))),
                          author: result186,
                          text: result187,
                          byBot: bool188 == 0 ? false : (bool188 == 1 ? true : throwInvalidBool()),
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    var len193 = dataView(memory0).getUint32(ret + 396, true);
                    var base193 = dataView(memory0).getUint32(ret + 392, true);
                    if (base193 % 4 !== 0) throw new TypeError(`list pointer [${base193}] is not aligned to 4`);
                    var result193 = [];
                    for (let i = 0; i < len193; i++) {
                      const base = base193 + i * 20;
                      let enum190;
                      switch (dataView(memory0).getUint8(base + 0, true)) {
                        case 0: {
                          enum190 = 'user';
                          break;
                        }
                        case 1: {
                          enum190 = 'assistant';
                          break;
                        }
                        default: {
                          throw new TypeError('invalid discriminant specified for Role');
                        }
                      }
                      var ptr191 = dataView(memory0).getUint32(base + 4, true);
                      var len191 = dataView(memory0).getUint32(base + 8, true);
                      var result191 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr191, len191));
                      var ptr192 = dataView(memory0).getUint32(base + 12, true);
                      var len192 = dataView(memory0).getUint32(base + 16, true);
                      var result192 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr192, len192));
                      result193.push({
                        role: enum190,
                        author: result191,
                        text: result192,
                      });
                    }
                    let variant210;
                    switch (dataView(memory0).getUint8(ret + 400, true)) {
                      case 0: {
                        variant210 = undefined;
                        break;
                      }
                      case 1: {
                        let enum194;
                        switch (dataView(memory0).getUint8(ret + 416, true)) {
                          case 0: {
                            enum194 = 'get';
                            break;
                          }
                          case 1: {
                            enum194 = 'post';
                            break;
                          }
                          case 2: {
                            enum194 = 'delete';
                            break;
                          }
                          default: {
                            throw new TypeError('invalid discriminant specified for HttpMethod');
                          }
                        }
                        var ptr195 = dataView(memory0).getUint32(ret + 420, true);
                        var len195 = dataView(memory0).getUint32(ret + 424, true);
                        var result195 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr195, len195));
                        var len198 = dataView(memory0).getUint32(ret + 432, true);
                        var base198 = dataView(memory0).getUint32(ret + 428, true);
                        if (base198 % 4 !== 0) throw new TypeError(`list pointer [${base198}] is not aligned to 4`);
                        var result198 = [];
                        for (let i = 0; i < len198; i++) {
                          const base = base198 + i * 16;
                          var ptr196 = dataView(memory0).getUint32(base + 0, true);
                          var len196 = dataView(memory0).getUint32(base + 4, true);
                          var result196 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr196, len196));
                          var ptr197 = dataView(memory0).getUint32(base + 8, true);
                          var len197 = dataView(memory0).getUint32(base + 12, true);
                          var result197 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr197, len197));
                          result198.push([result196, result197]);
                        }
                        var ptr199 = dataView(memory0).getUint32(ret + 436, true);
                        var len199 = dataView(memory0).getUint32(ret + 440, true);
                        var result199 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr199, len199));
                        let variant209;
                        switch (dataView(memory0).getUint8(ret + 448, true)) {
                          case 0: {
                            variant209 = undefined;
                            break;
                          }
                          case 1: {
                            var ptr200 = dataView(memory0).getUint32(ret + 460, true);
                            var len200 = dataView(memory0).getUint32(ret + 464, true);
                            var result200 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr200, len200));
                            let variant201;
                            switch (dataView(memory0).getUint8(ret + 472, true)) {
                              case 0: {
                                variant201 = undefined;
                                break;
                              }
                              case 1: {
                                variant201 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 480, true)));
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            let variant203;
                            switch (dataView(memory0).getUint8(ret + 488, true)) {
                              case 0: {
                                variant203 = undefined;
                                break;
                              }
                              case 1: {
                                var ptr202 = dataView(memory0).getUint32(ret + 492, true);
                                var len202 = dataView(memory0).getUint32(ret + 496, true);
                                var result202 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr202, len202));
                                variant203 = result202;
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            var bool204 = dataView(memory0).getUint8(ret + 500, true);
                            let variant205;
                            switch (dataView(memory0).getUint8(ret + 504, true)) {
                              case 0: {
                                variant205 = undefined;
                                break;
                              }
                              case 1: {
                                variant205 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 512, true)));
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            let variant207;
                            switch (dataView(memory0).getUint8(ret + 520, true)) {
                              case 0: {
                                variant207 = undefined;
                                break;
                              }
                              case 1: {
                                var ptr206 = dataView(memory0).getUint32(ret + 524, true);
                                var len206 = dataView(memory0).getUint32(ret + 528, true);
                                var result206 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr206, len206));
                                variant207 = result206;
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            let variant208;
                            switch (dataView(memory0).getUint8(ret + 532, true)) {
                              case 0: {
                                variant208 = undefined;
                                break;
                              }
                              case 1: {
                                variant208 = dataView(memory0).getInt32(ret + 536, true) >>> 0;
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            variant209 = {
                              index: dataView(memory0).getInt32(ret + 456, true) >>> 0,
                              text: result200,
                              options: {
                                replyTo: variant201,
                                referenceId: variant203,
                                silent: bool204 == 0 ? false : (bool204 == 1 ? true : throwInvalidBool()),
                                threadId: variant205,
                                threadTitle: variant207,
                                maxLength: variant208,
                              },
                            };
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        variant210 = {
                          at: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 408, true))),
                          request: {
                            method: enum194,
                            url: result195,
                            headers: result198,
                            body: result199,
                            chunk: variant209,
                          },
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    variant243= {
                      tag: 'run-responder',
                      val: {
                        responder: result123,
                        backend: result124,
                        event: {
                          kind: variant153,
                          actor: {
                            kind: variant155,
                            id: result156,
                            rawId: result157,
                            name: result158,
                            participantType: variant159,
                          },
                          conversation: {
                            token: result160,
                            name: result161,
                          },
                          message: variant175,
                          published: variant177,
                        },
                        plan: {
                          text: result178,
                          author: result179,
                          persona: result180,
                          systemPrompt: result181,
                          responders: result183,
                          messageId: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 312, true))),
                          replyTo: variant184,
                          referenceId: result185,
                          quoted: variant189,
                          memoryTurns: dataView(memory0).getInt32(ret + 384, true) >>> 0,
                        },
                        history: result193,
                        reaction: variant210,
                      }
                    };
                    break;
                  }
                  case 8: {
                    let variant221;
                    switch (dataView(memory0).getUint8(ret + 32, true)) {
                      case 0: {
                        var ptr211 = dataView(memory0).getUint32(ret + 40, true);
                        var len211 = dataView(memory0).getUint32(ret + 44, true);
                        var result211 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr211, len211));
                        variant221= {
                          tag: 'ask',
                          val: [result211, dataView(memory0).getInt32(ret + 48, true) >>> 0]
                        };
                        break;
                      }
                      case 1: {
                        var ptr212 = dataView(memory0).getUint32(ret + 40, true);
                        var len212 = dataView(memory0).getUint32(ret + 44, true);
                        var result212 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr212, len212));
                        variant221= {
                          tag: 'refused',
                          val: [result212, dataView(memory0).getInt32(ret + 48, true) >>> 0]
                        };
                        break;
                      }
                      case 2: {
                        variant221= {
                          tag: 'counted',
                          val: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 40, true)))
                        };
                        break;
                      }
                      case 3: {
                        let variant217;
                        switch (dataView(memory0).getUint8(ret + 40, true)) {
                          case 0: {
                            var len215 = dataView(memory0).getUint32(ret + 52, true);
                            var base215 = dataView(memory0).getUint32(ret + 48, true);
                            if (base215 % 4 !== 0) throw new TypeError(`list pointer [${base215}] is not aligned to 4`);
                            var result215 = [];
                            for (let i = 0; i < len215; i++) {
                              const base = base215 + i * 16;
                              var ptr213 = dataView(memory0).getUint32(base + 0, true);
                              var len213 = dataView(memory0).getUint32(base + 4, true);
                              var result213 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr213, len213));
                              var ptr214 = dataView(memory0).getUint32(base + 8, true);
                              var len214 = dataView(memory0).getUint32(base + 12, true);
                              var result214 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr214, len214));
                              result215.push([result213, result214]);
                            }
                            variant217= {
                              tag: 'status',
                              val: [clampGuest(dataView(memory0).getUint16(ret + 44, true), 0, 65535), result215]
                            };
                            break;
                          }
                          case 1: {
                            var ptr216 = dataView(memory0).getUint32(ret + 44, true);
                            var len216 = dataView(memory0).getUint32(ret + 48, true);
                            var result216 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr216, len216));
                            variant217= {
                              tag: 'unreachable',
                              val: result216
                            };
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for TalkAnswer');
                          }
                        }
                        variant221= {
                          tag: 'answered',
                          val: variant217
                        };
                        break;
                      }
                      case 4: {
                        var ptr218 = dataView(memory0).getUint32(ret + 40, true);
                        var len218 = dataView(memory0).getUint32(ret + 44, true);
                        var result218 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr218, len218));
                        variant221= {
                          tag: 'accepted',
                          val: result218
                        };
                        break;
                      }
                      case 5: {
                        var ptr219 = dataView(memory0).getUint32(ret + 40, true);
                        var len219 = dataView(memory0).getUint32(ret + 44, true);
                        var result219 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr219, len219));
                        variant221= {
                          tag: 'room-alive',
                          val: result219
                        };
                        break;
                      }
                      case 6: {
                        var ptr220 = dataView(memory0).getUint32(ret + 40, true);
                        var len220 = dataView(memory0).getUint32(ret + 44, true);
                        var result220 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr220, len220));
                        variant221= {
                          tag: 'left',
                          val: result220
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for BreakerEvent');
                      }
                    }
                    variant243= {
                      tag: 'ask-breaker',
                      val: [dataView(memory0).getInt32(ret + 24, true) >>> 0, variant221]
                    };
                    break;
                  }
                  case 9: {
                    let enum222;
                    switch (dataView(memory0).getUint8(ret + 24, true)) {
                      case 0: {
                        enum222 = 'get';
                        break;
                      }
                      case 1: {
                        enum222 = 'post';
                        break;
                      }
                      case 2: {
                        enum222 = 'delete';
                        break;
                      }
                      default: {
                        throw new TypeError('invalid discriminant specified for HttpMethod');
                      }
                    }
                    var ptr223 = dataView(memory0).getUint32(ret + 28, true);
                    var len223 = dataView(memory0).getUint32(ret + 32, true);
                    var result223 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr223, len223));
                    var len226 = dataView(memory0).getUint32(ret + 40, true);
                    var base226 = dataView(memory0).getUint32(ret + 36, true);
                    if (base226 % 4 !== 0) throw new TypeError(`list pointer [${base226}] is not aligned to 4`);
                    var result226 = [];
                    for (let i = 0; i < len226; i++) {
                      const base = base226 + i * 16;
                      var ptr224 = dataView(memory0).getUint32(base + 0, true);
                      var len224 = dataView(memory0).getUint32(base + 4, true);
                      var result224 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr224, len224));
                      var ptr225 = dataView(memory0).getUint32(base + 8, true);
                      var len225 = dataView(memory0).getUint32(base + 12, true);
                      var result225 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr225, len225));
                      result226.push([result224, result225]);
                    }
                    var ptr227 = dataView(memory0).getUint32(ret + 44, true);
                    var len227 = dataView(memory0).getUint32(ret + 48, true);
                    var result227 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr227, len227));
                    let variant237;
                    switch (dataView(memory0).getUint8(ret + 56, true)) {
                      case 0: {
                        variant237 = undefined;
                        break;
                      }
                      case 1: {
                        var ptr228 = dataView(memory0).getUint32(ret + 68, true);
                        var len228 = dataView(memory0).getUint32(ret + 72, true);
                        var result228 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr228, len228));
                        let variant229;
                        switch (dataView(memory0).getUint8(ret + 80, true)) {
                          case 0: {
                            variant229 = undefined;
                            break;
                          }
                          case 1: {
                            variant229 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 88, true)));
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        let variant231;
                        switch (dataView(memory0).getUint8(ret + 96, true)) {
                          case 0: {
                            variant231 = undefined;
                            break;
                          }
                          case 1: {
                            var ptr230 = dataView(memory0).getUint32(ret + 100, true);
                            var len230 = dataView(memory0).getUint32(ret + 104, true);
                            var result230 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr230, len230));
                            variant231 = result230;
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        var bool232 = dataView(memory0).getUint8(ret + 108, true);
                        let variant233;
                        switch (dataView(memory0).getUint8(ret + 112, true)) {
                          case 0: {
                            variant233 = undefined;
                            break;
                          }
                          case 1: {
                            variant233 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 120, true)));
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        let variant235;
                        switch (dataView(memory0).getUint8(ret + 128, true)) {
                          case 0: {
                            variant235 = undefined;
                            break;
                          }
                          case 1: {
                            var ptr234 = dataView(memory0).getUint32(ret + 132, true);
                            var len234 = dataView(memory0).getUint32(ret + 136, true);
                            var result234 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr234, len234));
                            variant235 = result234;
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        let variant236;
                        switch (dataView(memory0).getUint8(ret + 140, true)) {
                          case 0: {
                            variant236 = undefined;
                            break;
                          }
                          case 1: {
                            variant236 = dataView(memory0).getInt32(ret + 144, true) >>> 0;
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        variant237 = {
                          index: dataView(memory0).getInt32(ret + 64, true) >>> 0,
                          text: result228,
                          options: {
                            replyTo: variant229,
                            referenceId: variant231,
                            silent: bool232 == 0 ? false : (bool232 == 1 ? true : throwInvalidBool()),
                            threadId: variant233,
                            threadTitle: variant235,
                            maxLength: variant236,
                          },
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    variant243= {
                      tag: 'send',
                      val: {
                        method: enum222,
                        url: result223,
                        headers: result226,
                        body: result227,
                        chunk: variant237,
                      }
                    };
                    break;
                  }
                  case 10: {
                    var ptr238 = dataView(memory0).getUint32(ret + 32, true);
                    var len238 = dataView(memory0).getUint32(ret + 36, true);
                    var result238 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr238, len238));
                    variant243= {
                      tag: 'sleep-until',
                      val: {
                        at: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 24, true))),
                        why: result238,
                      }
                    };
                    break;
                  }
                  case 11: {
                    let variant242;
                    switch (dataView(memory0).getUint8(ret + 24, true)) {
                      case 0: {
                        variant242= {
                          tag: 'delivered',
                        };
                        break;
                      }
                      case 1: {
                        var ptr239 = dataView(memory0).getUint32(ret + 28, true);
                        var len239 = dataView(memory0).getUint32(ret + 32, true);
                        var result239 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr239, len239));
                        variant242= {
                          tag: 'ignored',
                          val: result239
                        };
                        break;
                      }
                      case 2: {
                        variant242= {
                          tag: 'silent',
                        };
                        break;
                      }
                      case 3: {
                        variant242= {
                          tag: 'left',
                        };
                        break;
                      }
                      case 4: {
                        var ptr240 = dataView(memory0).getUint32(ret + 28, true);
                        var len240 = dataView(memory0).getUint32(ret + 32, true);
                        var result240 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr240, len240));
                        variant242= {
                          tag: 'failed',
                          val: result240
                        };
                        break;
                      }
                      case 5: {
                        var ptr241 = dataView(memory0).getUint32(ret + 28, true);
                        var len241 = dataView(memory0).getUint32(ret + 32, true);
                        var result241 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr241, len241));
                        variant242= {
                          tag: 'failure-reply',
                          val: result241
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for Outcome');
                      }
                    }
                    variant243= {
                      tag: 'done',
                      val: variant242
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for Action');
                  }
                }
                let variant245;
                switch (dataView(memory0).getUint8(ret + 544, true)) {
                  case 0: {
                    variant245 = undefined;
                    break;
                  }
                  case 1: {
                    var ptr244 = dataView(memory0).getUint32(ret + 548, true);
                    var len244 = dataView(memory0).getUint32(ret + 552, true);
                    var result244 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr244, len244));
                    variant245 = result244;
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                variant249= {
                  tag: 'ok',
                  val: {
                    job: result76,
                    action: variant243,
                    log: variant245,
                  }
                };
                break;
              }
              case 1: {
                let variant248;
                switch (dataView(memory0).getUint8(ret + 8, true)) {
                  case 0: {
                    var ptr246 = dataView(memory0).getUint32(ret + 12, true);
                    var len246 = dataView(memory0).getUint32(ret + 16, true);
                    var result246 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr246, len246));
                    variant248= {
                      tag: 'unreadable',
                      val: result246
                    };
                    break;
                  }
                  case 1: {
                    var ptr247 = dataView(memory0).getUint32(ret + 12, true);
                    var len247 = dataView(memory0).getUint32(ret + 16, true);
                    var result247 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr247, len247));
                    variant248= {
                      tag: 'unexpected',
                      val: result247
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for JobError');
                  }
                }
                variant249= {
                  tag: 'err',
                  val: variant248
                };
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for expected');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/job@0.3.0", function="[method]bot.step"][Instruction::Return]', {
              funcName: '[method]bot.step',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant249;
            task.resolve([retCopy.val]);
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn23(ret);
            cstate.mayLeave = true;
            task.exit();
            
            
            
            if (typeof retCopy === 'object' && retCopy.tag === 'err') {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    };
    let job030MethodBotDescribe;
    
    Bot.prototype.describe = function describe(arg1) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'job030MethodBotDescribe',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var handle1 = this[symbolRscHandle];
            if (!handle1 || (handleTable0[(handle1 << 1) + 1] & T_FLAG) === 0) {
              throw new TypeError('Resource error: Not a valid \"Bot\" resource.');
            }
            var handle0 = handleTable0[(handle1 << 1) + 1] & ~T_FLAG;
            
            var val2 = arg1;
            var len2 = Array.isArray(val2) ? val2.length : val2.byteLength;
            var ptr2 = realloc0(0, 0, 1, len2 * 1);
            
            let valData2;
            const valLenBytes2 = len2 * 1;
            if (Array.isArray(val2)) {
              // Regular array likely containing numbers, write values to memory
              let offset = 0;
              const dv2 = new DataView(memory0.buffer);
              for (const v of val2) {
                _requireValidNumericPrimitive.bind(null, 'u8')(v);
                dv2.setUint8(ptr2+ offset, v, true);
                offset += 1;
              }
            } else {
              // TypedArray / ArrayBuffer-like, direct copy
              valData2 = new Uint8Array(val2.buffer || val2, val2.byteOffset, valLenBytes2);
              const out2 = new Uint8Array(memory0.buffer, ptr2, valLenBytes2);
              out2.set(valData2);
            }
            
            _debugLog('[iface="nextcloud:talk-bot/job@0.3.0", function="[method]bot.describe"][Instruction::CallWasm] enter', {
              funcName: '[method]bot.describe',
              paramCount: 3,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => job030MethodBotDescribe(handle0, ptr2, len2),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            var ptr3 = dataView(memory0).getUint32(ret + 0, true);
            var len3 = dataView(memory0).getUint32(ret + 4, true);
            var result3 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr3, len3));
            _debugLog('[iface="nextcloud:talk-bot/job@0.3.0", function="[method]bot.describe"][Instruction::Return]', {
              funcName: '[method]bot.describe',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([result3]);
            const retCopy = result3;
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn3(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    };
    let job030MethodBotDue;
    
    Bot.prototype.due = function due(arg1, arg2, arg3) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'job030MethodBotDue',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var handle1 = this[symbolRscHandle];
            if (!handle1 || (handleTable0[(handle1 << 1) + 1] & T_FLAG) === 0) {
              throw new TypeError('Resource error: Not a valid \"Bot\" resource.');
            }
            var handle0 = handleTable0[(handle1 << 1) + 1] & ~T_FLAG;
            
            var variant2 = arg1;
            let variant2_0;
            let variant2_1;
            if (variant2 === null || variant2=== undefined) {
              variant2_0 = 0;
              variant2_1 = 0n;
            } else {
              const e = variant2;
              variant2_0 = 1;
              variant2_1 = toUint64(e);
            }
            var vec6 = arg3;
            var len6 = vec6.length;
            var result6 = realloc0(0, 0, 4, len6 * 20);
            for (let i = 0; i < vec6.length; i++) {
              const e = vec6[i];
              const base = result6 + i * 20;var {backendIndex: v3_0, token: v3_1, schedules: v3_2 } = e;
              dataView(memory0).setInt32(base + 0, toUint32(v3_0), true);
              
              var encodeRes = _utf8AllocateAndEncode(v3_1, realloc0, memory0);
              var ptr4= encodeRes.ptr;
              var len4 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 8, len4, true);
              dataView(memory0).setUint32(base + 4, ptr4, true);
              
              var encodeRes = _utf8AllocateAndEncode(v3_2, realloc0, memory0);
              var ptr5= encodeRes.ptr;
              var len5 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 16, len5, true);
              dataView(memory0).setUint32(base + 12, ptr5, true);
            }
            _debugLog('[iface="nextcloud:talk-bot/job@0.3.0", function="[method]bot.due"][Instruction::CallWasm] enter', {
              funcName: '[method]bot.due',
              paramCount: 6,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => job030MethodBotDue(handle0, variant2_0, variant2_1, toUint64(arg2), result6, len6),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            var len11 = dataView(memory0).getUint32(ret + 4, true);
            var base11 = dataView(memory0).getUint32(ret + 0, true);
            if (base11 % 4 !== 0) throw new TypeError(`list pointer [${base11}] is not aligned to 4`);
            var result11 = [];
            for (let i = 0; i < len11; i++) {
              const base = base11 + i * 32;
              var ptr7 = dataView(memory0).getUint32(base + 0, true);
              var len7 = dataView(memory0).getUint32(base + 4, true);
              var result7 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr7, len7));
              var ptr8 = dataView(memory0).getUint32(base + 12, true);
              var len8 = dataView(memory0).getUint32(base + 16, true);
              var result8 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr8, len8));
              var bool9 = dataView(memory0).getUint8(base + 20, true);
              var ptr10 = dataView(memory0).getUint32(base + 24, true);
              var len10 = dataView(memory0).getUint32(base + 28, true);
              if (ptr10 % 1 !== 0) throw new TypeError(`list pointer [${ptr10}] is not aligned to 1`);
              var result10 = new Uint8Array(memory0.buffer.slice(ptr10, ptr10 + len10 * 1));
              result11.push({
                dedupKey: result7,
                backendIndex: dataView(memory0).getInt32(base + 8, true) >>> 0,
                token: result8,
                overtakes: bool9 == 0 ? false : (bool9 == 1 ? true : throwInvalidBool()),
                job: result10,
              });
            }
            var len13 = dataView(memory0).getUint32(ret + 12, true);
            var base13 = dataView(memory0).getUint32(ret + 8, true);
            if (base13 % 4 !== 0) throw new TypeError(`list pointer [${base13}] is not aligned to 4`);
            var result13 = [];
            for (let i = 0; i < len13; i++) {
              const base = base13 + i * 8;
              var ptr12 = dataView(memory0).getUint32(base + 0, true);
              var len12 = dataView(memory0).getUint32(base + 4, true);
              var result12 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr12, len12));
              result13.push(result12);
            }
            _debugLog('[iface="nextcloud:talk-bot/job@0.3.0", function="[method]bot.due"][Instruction::Return]', {
              funcName: '[method]bot.due',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([{
              jobs: result11,
              missed: result13,
            }]);
            const retCopy = {
              jobs: result11,
              missed: result13,
            };
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn24(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    };
    let job030MethodBotNextDue;
    
    Bot.prototype.nextDue = function nextDue(arg1, arg2) {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'job030MethodBotNextDue',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            
            var handle1 = this[symbolRscHandle];
            if (!handle1 || (handleTable0[(handle1 << 1) + 1] & T_FLAG) === 0) {
              throw new TypeError('Resource error: Not a valid \"Bot\" resource.');
            }
            var handle0 = handleTable0[(handle1 << 1) + 1] & ~T_FLAG;
            
            var vec5 = arg2;
            var len5 = vec5.length;
            var result5 = realloc0(0, 0, 4, len5 * 20);
            for (let i = 0; i < vec5.length; i++) {
              const e = vec5[i];
              const base = result5 + i * 20;var {backendIndex: v2_0, token: v2_1, schedules: v2_2 } = e;
              dataView(memory0).setInt32(base + 0, toUint32(v2_0), true);
              
              var encodeRes = _utf8AllocateAndEncode(v2_1, realloc0, memory0);
              var ptr3= encodeRes.ptr;
              var len3 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 8, len3, true);
              dataView(memory0).setUint32(base + 4, ptr3, true);
              
              var encodeRes = _utf8AllocateAndEncode(v2_2, realloc0, memory0);
              var ptr4= encodeRes.ptr;
              var len4 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 16, len4, true);
              dataView(memory0).setUint32(base + 12, ptr4, true);
            }
            _debugLog('[iface="nextcloud:talk-bot/job@0.3.0", function="[method]bot.next-due"][Instruction::CallWasm] enter', {
              funcName: '[method]bot.next-due',
              paramCount: 4,
              async: false,
              postReturn: false,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => job030MethodBotNextDue(handle0, toUint64(arg1), result5, len5),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            let variant6;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                variant6 = undefined;
                break;
              }
              case 1: {
                variant6 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 8, true)));
                break;
              }
              default: {
                throw new TypeError('invalid variant discriminant for option');
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/job@0.3.0", function="[method]bot.next-due"][Instruction::Return]', {
              funcName: '[method]bot.next-due',
              paramCount: 1,
              async: false,
              postReturn: false
            });
            task.resolve([variant6]);
            task.exit();
            return variant6;
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    };
    let job030VariableNames;
    
    function variableNames() {
      
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: 'job030VariableNames',
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: 'none',
        callingWasmExport: true,
      });
      task.setCalleeIsAsync(false);
      
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      
      if (0!== null) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory((() => memory0)());
      }
      
      
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            
            _debugLog('[iface="nextcloud:talk-bot/job@0.3.0", function="variable-names"][Instruction::CallWasm] enter', {
              funcName: 'variable-names',
              paramCount: 0,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => job030VariableNames(),
              });
            } catch (err) {
              
              _debugLog('[Instruction::CallWasm] error during sync call', {
                taskID: task.id(),
                err,
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
              
            }
            
            var len1 = dataView(memory0).getUint32(ret + 4, true);
            var base1 = dataView(memory0).getUint32(ret + 0, true);
            if (base1 % 4 !== 0) throw new TypeError(`list pointer [${base1}] is not aligned to 4`);
            var result1 = [];
            for (let i = 0; i < len1; i++) {
              const base = base1 + i * 8;
              var ptr0 = dataView(memory0).getUint32(base + 0, true);
              var len0 = dataView(memory0).getUint32(base + 4, true);
              var result0 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr0, len0));
              result1.push(result0);
            }
            _debugLog('[iface="nextcloud:talk-bot/job@0.3.0", function="variable-names"][Instruction::Return]', {
              funcName: 'variable-names',
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([result1]);
            const retCopy = result1;
            
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn21(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
            
            
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) { task.exit({ skipExclusiveLockCheck: true }); }
            throw err;
          }
        },
      });
      
    }
    const trampoline0 = rscTableCreateOwn.bind(null, handleTable0);
    function trampoline1(handle) {
      const handleEntry = rscTableRemove(handleTable0, handle);
      if (handleEntry.own) {
        exports0['1'](handleEntry.rep);
      }
    }
    let trampoline2 = _trampoline2.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
    null,
    {
      trampolineIdx: 2,
      componentIdx: 0,
      isAsync: false,
      isManualAsync: _trampoline2.manuallyAsync,
      paramLiftFns: [_liftFlatU64],
      resultLowerFns: [_lowerFlatList({
        elemLowerFn: _lowerFlatU8,
        elemSize32: 1,
        elemAlign32: 1,
      })],
      hasResultPointer: true,
      funcTypeIsAsync: false,
      getCallbackFn: () => null,
      getPostReturnFn: () => null,
      isCancellable: false,
      memoryIdx: 0,
      stringEncoding: 'utf8',
      getMemoryFn: () => memory0,
      getReallocFn: () => realloc0,
      importFn: _trampoline2,
    },
    ))) : _lowerImportBackwardsCompat.bind(
    null,
    {
      trampolineIdx: 2,
      componentIdx: 0,
      isAsync: false,
      isManualAsync: _trampoline2.manuallyAsync,
      paramLiftFns: [_liftFlatU64],
      resultLowerFns: [_lowerFlatList({
        elemLowerFn: _lowerFlatU8,
        elemSize32: 1,
        elemAlign32: 1,
      })],
      hasResultPointer: true,
      funcTypeIsAsync: false,
      getCallbackFn: () => null,
      getPostReturnFn: () => null,
      isCancellable: false,
      memoryIdx: 0,
      stringEncoding: 'utf8',
      getMemoryFn: () => memory0,
      getReallocFn: () => realloc0,
      importFn: _trampoline2,
    },
    );
    Promise.all([module0, module1, module2]).catch(() => {});
    ({ exports: exports0 } = yield instantiateCore(yield module1));
    ({ exports: exports1 } = yield instantiateCore(yield module0, {
      '[export]nextcloud:talk-bot/job@0.3.0': {
        '[resource-drop]bot': Object.assign(_guardMayLeave(0, trampoline1), { _jcoMaySuspend: false }),
        '[resource-new]bot': Object.assign(_guardMayLeave(0, trampoline0), { _jcoMaySuspend: false }),
      },
      'wasi:random/random@0.2.0': {
        'get-random-bytes': Object.assign(exports0['0'], { _jcoMaySuspend: false }),
      },
    }));
    memory0 = exports1.memory;
    realloc0 = exports1.cabi_realloc;
    
    try {
      realloc0Async = WebAssembly.promising(exports1.cabi_realloc);
    } catch(err) {
      realloc0Async = exports1.cabi_realloc;
    }
    
    ({ exports: exports2 } = yield instantiateCore(yield module2, {
      actual: {
        '0': Object.assign(trampoline2, { _jcoMaySuspend: false }),
        '1': Object.assign(exports1['nextcloud:talk-bot/job@0.3.0#[dtor]bot'], { _jcoMaySuspend: false }),
      },
      shim: {
        $imports: exports0.$imports,
      },
    }));
    postReturn0 = exports1['cabi_post_nextcloud:talk-bot/webhook@0.3.0#verify'];
    
    try {
      postReturn0Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/webhook@0.3.0#verify']);
    } catch(err) {
      postReturn0Async = exports1['cabi_post_nextcloud:talk-bot/webhook@0.3.0#verify'];
    }
    
    postReturn1 = exports1['cabi_post_nextcloud:talk-bot/webhook@0.3.0#parse'];
    
    try {
      postReturn1Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/webhook@0.3.0#parse']);
    } catch(err) {
      postReturn1Async = exports1['cabi_post_nextcloud:talk-bot/webhook@0.3.0#parse'];
    }
    
    postReturn2 = exports1['cabi_post_nextcloud:talk-bot/webhook@0.3.0#receive'];
    
    try {
      postReturn2Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/webhook@0.3.0#receive']);
    } catch(err) {
      postReturn2Async = exports1['cabi_post_nextcloud:talk-bot/webhook@0.3.0#receive'];
    }
    
    postReturn3 = exports1['cabi_post_nextcloud:talk-bot/bot-api@0.3.0#api-error-message'];
    
    try {
      postReturn3Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/bot-api@0.3.0#api-error-message']);
    } catch(err) {
      postReturn3Async = exports1['cabi_post_nextcloud:talk-bot/bot-api@0.3.0#api-error-message'];
    }
    
    postReturn4 = exports1['cabi_post_nextcloud:talk-bot/job@0.3.0#[method]bot.adopt'];
    
    try {
      postReturn4Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/job@0.3.0#[method]bot.adopt']);
    } catch(err) {
      postReturn4Async = exports1['cabi_post_nextcloud:talk-bot/job@0.3.0#[method]bot.adopt'];
    }
    
    postReturn5 = exports1['cabi_post_nextcloud:talk-bot/bot-api@0.3.0#send-message'];
    
    try {
      postReturn5Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/bot-api@0.3.0#send-message']);
    } catch(err) {
      postReturn5Async = exports1['cabi_post_nextcloud:talk-bot/bot-api@0.3.0#send-message'];
    }
    
    postReturn6 = exports1['cabi_post_nextcloud:talk-bot/bot-api@0.3.0#ask-features'];
    
    try {
      postReturn6Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/bot-api@0.3.0#ask-features']);
    } catch(err) {
      postReturn6Async = exports1['cabi_post_nextcloud:talk-bot/bot-api@0.3.0#ask-features'];
    }
    
    postReturn7 = exports1['cabi_post_nextcloud:talk-bot/bot-api@0.3.0#split-message'];
    
    try {
      postReturn7Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/bot-api@0.3.0#split-message']);
    } catch(err) {
      postReturn7Async = exports1['cabi_post_nextcloud:talk-bot/bot-api@0.3.0#split-message'];
    }
    
    postReturn8 = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#admit'];
    
    try {
      postReturn8Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#admit']);
    } catch(err) {
      postReturn8Async = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#admit'];
    }
    
    postReturn9 = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#ingest'];
    
    try {
      postReturn9Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#ingest']);
    } catch(err) {
      postReturn9Async = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#ingest'];
    }
    
    postReturn10 = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#defaults'];
    
    try {
      postReturn10Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#defaults']);
    } catch(err) {
      postReturn10Async = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#defaults'];
    }
    
    postReturn11 = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#decide'];
    
    try {
      postReturn11Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#decide']);
    } catch(err) {
      postReturn11Async = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#decide'];
    }
    
    postReturn12 = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#model-request'];
    
    try {
      postReturn12Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#model-request']);
    } catch(err) {
      postReturn12Async = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#model-request'];
    }
    
    postReturn13 = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#model-answer'];
    
    try {
      postReturn13Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#model-answer']);
    } catch(err) {
      postReturn13Async = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#model-answer'];
    }
    
    postReturn14 = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#check-max-length'];
    
    try {
      postReturn14Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#check-max-length']);
    } catch(err) {
      postReturn14Async = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#check-max-length'];
    }
    
    postReturn15 = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#remember'];
    
    try {
      postReturn15Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#remember']);
    } catch(err) {
      postReturn15Async = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#remember'];
    }
    
    postReturn16 = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#fallback-after'];
    
    try {
      postReturn16Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#fallback-after']);
    } catch(err) {
      postReturn16Async = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#fallback-after'];
    }
    
    postReturn17 = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#classify'];
    
    try {
      postReturn17Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#classify']);
    } catch(err) {
      postReturn17Async = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#classify'];
    }
    
    postReturn18 = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#breaker-step'];
    
    try {
      postReturn18Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#breaker-step']);
    } catch(err) {
      postReturn18Async = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#breaker-step'];
    }
    
    postReturn19 = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#parse-capabilities'];
    
    try {
      postReturn19Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#parse-capabilities']);
    } catch(err) {
      postReturn19Async = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#parse-capabilities'];
    }
    
    postReturn20 = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#parse-features-answer'];
    
    try {
      postReturn20Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#parse-features-answer']);
    } catch(err) {
      postReturn20Async = exports1['cabi_post_nextcloud:talk-bot/engine@0.3.0#parse-features-answer'];
    }
    
    postReturn21 = exports1['cabi_post_nextcloud:talk-bot/job@0.3.0#[method]bot.backends'];
    
    try {
      postReturn21Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/job@0.3.0#[method]bot.backends']);
    } catch(err) {
      postReturn21Async = exports1['cabi_post_nextcloud:talk-bot/job@0.3.0#[method]bot.backends'];
    }
    
    postReturn22 = exports1['cabi_post_nextcloud:talk-bot/job@0.3.0#[method]bot.ingest'];
    
    try {
      postReturn22Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/job@0.3.0#[method]bot.ingest']);
    } catch(err) {
      postReturn22Async = exports1['cabi_post_nextcloud:talk-bot/job@0.3.0#[method]bot.ingest'];
    }
    
    postReturn23 = exports1['cabi_post_nextcloud:talk-bot/job@0.3.0#[method]bot.step'];
    
    try {
      postReturn23Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/job@0.3.0#[method]bot.step']);
    } catch(err) {
      postReturn23Async = exports1['cabi_post_nextcloud:talk-bot/job@0.3.0#[method]bot.step'];
    }
    
    postReturn24 = exports1['cabi_post_nextcloud:talk-bot/job@0.3.0#[method]bot.due'];
    
    try {
      postReturn24Async = WebAssembly.promising(exports1['cabi_post_nextcloud:talk-bot/job@0.3.0#[method]bot.due']);
    } catch(err) {
      postReturn24Async = exports1['cabi_post_nextcloud:talk-bot/job@0.3.0#[method]bot.due'];
    }
    
    webhook030DefaultMaxBodyBytes = exports1['nextcloud:talk-bot/webhook@0.3.0#default-max-body-bytes'];
    webhook030Verify = exports1['nextcloud:talk-bot/webhook@0.3.0#verify'];
    webhook030Parse = exports1['nextcloud:talk-bot/webhook@0.3.0#parse'];
    webhook030Receive = exports1['nextcloud:talk-bot/webhook@0.3.0#receive'];
    webhook030WebhookErrorStatus = exports1['nextcloud:talk-bot/webhook@0.3.0#webhook-error-status'];
    webhook030WebhookErrorMessage = exports1['nextcloud:talk-bot/webhook@0.3.0#webhook-error-message'];
    webhook030NormalizeBackend = exports1['nextcloud:talk-bot/webhook@0.3.0#normalize-backend'];
    render030RenderText = exports1['nextcloud:talk-bot/render@0.3.0#render-text'];
    render030RenderMessage = exports1['nextcloud:talk-bot/render@0.3.0#render-message'];
    render030Address = exports1['nextcloud:talk-bot/render@0.3.0#address'];
    render030DefangMentions = exports1['nextcloud:talk-bot/render@0.3.0#defang-mentions'];
    botApi030ApiErrorMessage = exports1['nextcloud:talk-bot/bot-api@0.3.0#api-error-message'];
    botApi030DefaultMaxLength = exports1['nextcloud:talk-bot/bot-api@0.3.0#default-max-length'];
    botApi030SendMessage = exports1['nextcloud:talk-bot/bot-api@0.3.0#send-message'];
    botApi030React = exports1['nextcloud:talk-bot/bot-api@0.3.0#react'];
    botApi030RemoveReaction = exports1['nextcloud:talk-bot/bot-api@0.3.0#remove-reaction'];
    botApi030SplitAgain = exports1['nextcloud:talk-bot/bot-api@0.3.0#split-again'];
    botApi030SplitMessage = exports1['nextcloud:talk-bot/bot-api@0.3.0#split-message'];
    botApi030AskFeatures = exports1['nextcloud:talk-bot/bot-api@0.3.0#ask-features'];
    botApi030Sign = exports1['nextcloud:talk-bot/bot-api@0.3.0#sign'];
    botApi030ReferenceId = exports1['nextcloud:talk-bot/bot-api@0.3.0#reference-id'];
    botApi030DeriveReferenceId = exports1['nextcloud:talk-bot/bot-api@0.3.0#derive-reference-id'];
    engine030Admit = exports1['nextcloud:talk-bot/engine@0.3.0#admit'];
    engine030Ingest = exports1['nextcloud:talk-bot/engine@0.3.0#ingest'];
    engine030ParsePublished = exports1['nextcloud:talk-bot/engine@0.3.0#parse-published'];
    engine030DefaultSystemPrompt = exports1['nextcloud:talk-bot/engine@0.3.0#default-system-prompt'];
    engine030Defaults = exports1['nextcloud:talk-bot/engine@0.3.0#defaults'];
    engine030Decide = exports1['nextcloud:talk-bot/engine@0.3.0#decide'];
    engine030ModelRequest = exports1['nextcloud:talk-bot/engine@0.3.0#model-request'];
    engine030Retryable = exports1['nextcloud:talk-bot/engine@0.3.0#retryable'];
    engine030ModelAnswer = exports1['nextcloud:talk-bot/engine@0.3.0#model-answer'];
    engine030FinishAnswer = exports1['nextcloud:talk-bot/engine@0.3.0#finish-answer'];
    engine030Remember = exports1['nextcloud:talk-bot/engine@0.3.0#remember'];
    engine030FallbackAfter = exports1['nextcloud:talk-bot/engine@0.3.0#fallback-after'];
    engine030DefaultRetryPolicy = exports1['nextcloud:talk-bot/engine@0.3.0#default-retry-policy'];
    engine030Classify = exports1['nextcloud:talk-bot/engine@0.3.0#classify'];
    engine030Expired = exports1['nextcloud:talk-bot/engine@0.3.0#expired'];
    engine030ExplainStatus = exports1['nextcloud:talk-bot/engine@0.3.0#explain-status'];
    engine030UnauthorizedBudget = exports1['nextcloud:talk-bot/engine@0.3.0#unauthorized-budget'];
    engine030BreakerStep = exports1['nextcloud:talk-bot/engine@0.3.0#breaker-step'];
    engine030FeaturesFromBits = exports1['nextcloud:talk-bot/engine@0.3.0#features-from-bits'];
    engine030ParseCapabilities = exports1['nextcloud:talk-bot/engine@0.3.0#parse-capabilities'];
    engine030ParseFeaturesAnswer = exports1['nextcloud:talk-bot/engine@0.3.0#parse-features-answer'];
    engine030CheckSecret = exports1['nextcloud:talk-bot/engine@0.3.0#check-secret'];
    engine030CheckToken = exports1['nextcloud:talk-bot/engine@0.3.0#check-token'];
    engine030CheckMaxLength = exports1['nextcloud:talk-bot/engine@0.3.0#check-max-length'];
    job030StaticBotCreate = exports1['nextcloud:talk-bot/job@0.3.0#[static]bot.create'];
    job030StaticBotFromVariables = exports1['nextcloud:talk-bot/job@0.3.0#[static]bot.from-variables'];
    job030MethodBotBackends = exports1['nextcloud:talk-bot/job@0.3.0#[method]bot.backends'];
    job030MethodBotIngest = exports1['nextcloud:talk-bot/job@0.3.0#[method]bot.ingest'];
    job030MethodBotAdopt = exports1['nextcloud:talk-bot/job@0.3.0#[method]bot.adopt'];
    job030MethodBotStep = exports1['nextcloud:talk-bot/job@0.3.0#[method]bot.step'];
    job030MethodBotDescribe = exports1['nextcloud:talk-bot/job@0.3.0#[method]bot.describe'];
    job030MethodBotDue = exports1['nextcloud:talk-bot/job@0.3.0#[method]bot.due'];
    job030MethodBotNextDue = exports1['nextcloud:talk-bot/job@0.3.0#[method]bot.next-due'];
    job030VariableNames = exports1['nextcloud:talk-bot/job@0.3.0#variable-names'];
    const botApi030 = {
      apiErrorMessage: apiErrorMessage,
      askFeatures: askFeatures,
      defaultMaxLength: defaultMaxLength,
      deriveReferenceId: deriveReferenceId,
      react: react,
      referenceId: referenceId,
      removeReaction: removeReaction,
      sendMessage: sendMessage,
      sign: sign,
      splitAgain: splitAgain,
      splitMessage: splitMessage,
      
    };
    const engine030 = {
      admit: admit,
      breakerStep: breakerStep,
      checkMaxLength: checkMaxLength,
      checkSecret: checkSecret,
      checkToken: checkToken,
      classify: classify,
      decide: decide,
      defaultRetryPolicy: defaultRetryPolicy,
      defaultSystemPrompt: defaultSystemPrompt,
      defaults: defaults,
      expired: expired,
      explainStatus: explainStatus,
      fallbackAfter: fallbackAfter,
      featuresFromBits: featuresFromBits,
      finishAnswer: finishAnswer,
      ingest: ingest,
      modelAnswer: modelAnswer,
      modelRequest: modelRequest,
      parseCapabilities: parseCapabilities,
      parseFeaturesAnswer: parseFeaturesAnswer,
      parsePublished: parsePublished,
      remember: remember,
      retryable: retryable,
      unauthorizedBudget: unauthorizedBudget,
      
    };
    const job030 = {
      Bot: Bot,
      variableNames: variableNames,
      
    };
    const render030 = {
      address: address,
      defangMentions: defangMentions,
      renderMessage: renderMessage,
      renderText: renderText,
      
    };
    const webhook030 = {
      defaultMaxBodyBytes: defaultMaxBodyBytes,
      normalizeBackend: normalizeBackend,
      parse: parse,
      receive: receive,
      verify: verify,
      webhookErrorMessage: webhookErrorMessage,
      webhookErrorStatus: webhookErrorStatus,
      
    };
    
    return { botApi: botApi030, engine: engine030, job: job030, render: render030, webhook: webhook030, 'nextcloud:talk-bot/bot-api@0.3.0': botApi030, 'nextcloud:talk-bot/engine@0.3.0': engine030, 'nextcloud:talk-bot/job@0.3.0': job030, 'nextcloud:talk-bot/render@0.3.0': render030, 'nextcloud:talk-bot/webhook@0.3.0': webhook030,  };
  })();
  let promise, resolve, reject;
  function normalizeInstantiationError(e) {
    // Native JSPI rejects a suspending import called from a
    // core start function before entering its JS wrapper.
    // At component instantiation time that always means the
    // implicit synchronous task attempted to block.
    if (typeof WebAssembly.SuspendError === 'function' && e instanceof WebAssembly.SuspendError) {
      return new WebAssembly.RuntimeError('cannot block a synchronous task before returning');
    }
    return e;
  }
  function runNext(value) {
    try {
      let done;
      do {
        ({ value, done } = gen.next(value));
      } while (!(value instanceof Promise) && !done);
      if (done) {
        if (resolve) return resolve(value);
        else return value;
      }
      if (!promise) promise = new Promise((_resolve, _reject) => (resolve = _resolve, reject= _reject));
      value.then(nextVal => done ? resolve() : runNext(nextVal), e => reject(normalizeInstantiationError(e)));
    }
    catch (e) {
      e = normalizeInstantiationError(e);
      if (reject) reject(e);
      else throw e;
    }
  }
  const maybeSyncReturn = runNext(null);
  return promise || maybeSyncReturn;
};

export const _util = {
  
}

