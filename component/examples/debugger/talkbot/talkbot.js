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
            
            var ptr0 = realloc0(0, 0, 8, 376);
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
            var vec37 = v1_8;
            var len37 = vec37.length;
            var result37 = realloc0(0, 0, 4, len37 * 36);
            for (let i = 0; i < vec37.length; i++) {
              const e = vec37[i];
              const base = result37 + i * 36;var {name: v29_0, systemPrompt: v29_1, responders: v29_2, tools: v29_3 } = e;
              
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
              var vec36 = v29_3;
              var len36 = vec36.length;
              var result36 = realloc0(0, 0, 4, len36 * 8);
              for (let i = 0; i < vec36.length; i++) {
                const e = vec36[i];
                const base = result36 + i * 8;
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr35= encodeRes.ptr;
                var len35 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 4, len35, true);
                dataView(memory0).setUint32(base + 0, ptr35, true);
              }
              dataView(memory0).setUint32(base + 32, len36, true);
              dataView(memory0).setUint32(base + 28, result36, true);
            }
            dataView(memory0).setUint32(ptr0 + 68, len37, true);
            dataView(memory0).setUint32(ptr0 + 64, result37, true);
            var variant39 = v1_9;
            if (variant39 === null || variant39=== undefined) {
              dataView(memory0).setInt8(ptr0 + 72, 0, true);
            } else {
              const e = variant39;
              dataView(memory0).setInt8(ptr0 + 72, 1, true);
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr38= encodeRes.ptr;
              var len38 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 80, len38, true);
              dataView(memory0).setUint32(ptr0 + 76, ptr38, true);
            }
            dataView(memory0).setInt32(ptr0 + 84, toUint32(v1_10), true);
            var {mode: v40_0, persona: v40_1, schedules: v40_2, approvals: v40_3 } = arg1;
            var variant42 = v40_0;
            if (variant42 === null || variant42=== undefined) {
              dataView(memory0).setInt8(ptr0 + 88, 0, true);
            } else {
              const e = variant42;
              dataView(memory0).setInt8(ptr0 + 88, 1, true);
              var val41 = e;
              let enum41;
              switch (val41) {
                case 'all': {
                  enum41 = 0;
                  break;
                }
                case 'mention': {
                  enum41 = 1;
                  break;
                }
                case 'off': {
                  enum41 = 2;
                  break;
                }
                default: {
                  if ((e) instanceof Error) {
                    console.error(e);
                  }
                  
                  throw new TypeError(`"${val41}" is not one of the cases of mode`);
                }
              }
              dataView(memory0).setInt8(ptr0 + 89, enum41, true);
            }
            var variant44 = v40_1;
            if (variant44 === null || variant44=== undefined) {
              dataView(memory0).setInt8(ptr0 + 92, 0, true);
            } else {
              const e = variant44;
              dataView(memory0).setInt8(ptr0 + 92, 1, true);
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr43= encodeRes.ptr;
              var len43 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 100, len43, true);
              dataView(memory0).setUint32(ptr0 + 96, ptr43, true);
            }
            var variant46 = v40_2;
            if (variant46 === null || variant46=== undefined) {
              dataView(memory0).setInt8(ptr0 + 104, 0, true);
            } else {
              const e = variant46;
              dataView(memory0).setInt8(ptr0 + 104, 1, true);
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr45= encodeRes.ptr;
              var len45 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 112, len45, true);
              dataView(memory0).setUint32(ptr0 + 108, ptr45, true);
            }
            var variant48 = v40_3;
            if (variant48 === null || variant48=== undefined) {
              dataView(memory0).setInt8(ptr0 + 116, 0, true);
            } else {
              const e = variant48;
              dataView(memory0).setInt8(ptr0 + 116, 1, true);
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr47= encodeRes.ptr;
              var len47 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 124, len47, true);
              dataView(memory0).setUint32(ptr0 + 120, ptr47, true);
            }
            
            var encodeRes = _utf8AllocateAndEncode(arg2, realloc0, memory0);
            var ptr49= encodeRes.ptr;
            var len49 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 132, len49, true);
            dataView(memory0).setUint32(ptr0 + 128, ptr49, true);
            var {kind: v50_0, actor: v50_1, conversation: v50_2, message: v50_3, published: v50_4 } = arg3;
            var variant85 = v50_0;
            switch (variant85.tag) {
              case 'create': {
                const e = variant85.val;
                dataView(memory0).setInt8(ptr0 + 136, 0, true);
                var variant74 = e;
                if (variant74 === null || variant74=== undefined) {
                  dataView(memory0).setInt8(ptr0 + 144, 0, true);
                } else {
                  const e = variant74;
                  dataView(memory0).setInt8(ptr0 + 144, 1, true);
                  var {author: v51_0, message: v51_1 } = e;
                  var {kind: v52_0, id: v52_1, rawId: v52_2, name: v52_3, participantType: v52_4 } = v51_0;
                  var variant54 = v52_0;
                  switch (variant54.tag) {
                    case 'users': {
                      dataView(memory0).setInt8(ptr0 + 152, 0, true);
                      break;
                    }
                    case 'guests': {
                      dataView(memory0).setInt8(ptr0 + 152, 1, true);
                      break;
                    }
                    case 'emails': {
                      dataView(memory0).setInt8(ptr0 + 152, 2, true);
                      break;
                    }
                    case 'federated-users': {
                      dataView(memory0).setInt8(ptr0 + 152, 3, true);
                      break;
                    }
                    case 'bots': {
                      dataView(memory0).setInt8(ptr0 + 152, 4, true);
                      break;
                    }
                    case 'bridged': {
                      dataView(memory0).setInt8(ptr0 + 152, 5, true);
                      break;
                    }
                    case 'deleted-users': {
                      dataView(memory0).setInt8(ptr0 + 152, 6, true);
                      break;
                    }
                    case 'other': {
                      const e = variant54.val;
                      dataView(memory0).setInt8(ptr0 + 152, 7, true);
                      
                      var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                      var ptr53= encodeRes.ptr;
                      var len53 = encodeRes.len;
                      
                      dataView(memory0).setUint32(ptr0 + 160, len53, true);
                      dataView(memory0).setUint32(ptr0 + 156, ptr53, true);
                      break;
                    }
                    default: {
                      throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant54.tag)}\` (received \`${variant54}\`) specified for \`ActorKind\``);
                    }
                  }
                  
                  var encodeRes = _utf8AllocateAndEncode(v52_1, realloc0, memory0);
                  var ptr55= encodeRes.ptr;
                  var len55 = encodeRes.len;
                  
                  dataView(memory0).setUint32(ptr0 + 168, len55, true);
                  dataView(memory0).setUint32(ptr0 + 164, ptr55, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v52_2, realloc0, memory0);
                  var ptr56= encodeRes.ptr;
                  var len56 = encodeRes.len;
                  
                  dataView(memory0).setUint32(ptr0 + 176, len56, true);
                  dataView(memory0).setUint32(ptr0 + 172, ptr56, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v52_3, realloc0, memory0);
                  var ptr57= encodeRes.ptr;
                  var len57 = encodeRes.len;
                  
                  dataView(memory0).setUint32(ptr0 + 184, len57, true);
                  dataView(memory0).setUint32(ptr0 + 180, ptr57, true);
                  var variant58 = v52_4;
                  if (variant58 === null || variant58=== undefined) {
                    dataView(memory0).setInt8(ptr0 + 188, 0, true);
                  } else {
                    const e = variant58;
                    dataView(memory0).setInt8(ptr0 + 188, 1, true);
                    dataView(memory0).setInt8(ptr0 + 189, toUint8(e), true);
                  }
                  var {id: v59_0, name: v59_1, template: v59_2, parameters: v59_3, mediaType: v59_4, contentJson: v59_5 } = v51_1;
                  dataView(memory0).setBigInt64(ptr0 + 192, toUint64(v59_0), true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v59_1, realloc0, memory0);
                  var ptr60= encodeRes.ptr;
                  var len60 = encodeRes.len;
                  
                  dataView(memory0).setUint32(ptr0 + 204, len60, true);
                  dataView(memory0).setUint32(ptr0 + 200, ptr60, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v59_2, realloc0, memory0);
                  var ptr61= encodeRes.ptr;
                  var len61 = encodeRes.len;
                  
                  dataView(memory0).setUint32(ptr0 + 212, len61, true);
                  dataView(memory0).setUint32(ptr0 + 208, ptr61, true);
                  var vec71 = v59_3;
                  var len71 = vec71.length;
                  var result71 = realloc0(0, 0, 4, len71 * 40);
                  for (let i = 0; i < vec71.length; i++) {
                    const e = vec71[i];
                    const base = result71 + i * 40;var {key: v62_0, objectType: v62_1, id: v62_2, name: v62_3, fields: v62_4 } = e;
                    
                    var encodeRes = _utf8AllocateAndEncode(v62_0, realloc0, memory0);
                    var ptr63= encodeRes.ptr;
                    var len63 = encodeRes.len;
                    
                    dataView(memory0).setUint32(base + 4, len63, true);
                    dataView(memory0).setUint32(base + 0, ptr63, true);
                    
                    var encodeRes = _utf8AllocateAndEncode(v62_1, realloc0, memory0);
                    var ptr64= encodeRes.ptr;
                    var len64 = encodeRes.len;
                    
                    dataView(memory0).setUint32(base + 12, len64, true);
                    dataView(memory0).setUint32(base + 8, ptr64, true);
                    
                    var encodeRes = _utf8AllocateAndEncode(v62_2, realloc0, memory0);
                    var ptr65= encodeRes.ptr;
                    var len65 = encodeRes.len;
                    
                    dataView(memory0).setUint32(base + 20, len65, true);
                    dataView(memory0).setUint32(base + 16, ptr65, true);
                    
                    var encodeRes = _utf8AllocateAndEncode(v62_3, realloc0, memory0);
                    var ptr66= encodeRes.ptr;
                    var len66 = encodeRes.len;
                    
                    dataView(memory0).setUint32(base + 28, len66, true);
                    dataView(memory0).setUint32(base + 24, ptr66, true);
                    var vec70 = v62_4;
                    var len70 = vec70.length;
                    var result70 = realloc0(0, 0, 4, len70 * 20);
                    for (let i = 0; i < vec70.length; i++) {
                      const e = vec70[i];
                      const base = result70 + i * 20;var {name: v67_0, value: v67_1, isJson: v67_2 } = e;
                      
                      var encodeRes = _utf8AllocateAndEncode(v67_0, realloc0, memory0);
                      var ptr68= encodeRes.ptr;
                      var len68 = encodeRes.len;
                      
                      dataView(memory0).setUint32(base + 4, len68, true);
                      dataView(memory0).setUint32(base + 0, ptr68, true);
                      
                      var encodeRes = _utf8AllocateAndEncode(v67_1, realloc0, memory0);
                      var ptr69= encodeRes.ptr;
                      var len69 = encodeRes.len;
                      
                      dataView(memory0).setUint32(base + 12, len69, true);
                      dataView(memory0).setUint32(base + 8, ptr69, true);
                      dataView(memory0).setInt8(base + 16, v67_2 ? 1 : 0, true);
                    }
                    dataView(memory0).setUint32(base + 36, len70, true);
                    dataView(memory0).setUint32(base + 32, result70, true);
                  }
                  dataView(memory0).setUint32(ptr0 + 220, len71, true);
                  dataView(memory0).setUint32(ptr0 + 216, result71, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v59_4, realloc0, memory0);
                  var ptr72= encodeRes.ptr;
                  var len72 = encodeRes.len;
                  
                  dataView(memory0).setUint32(ptr0 + 228, len72, true);
                  dataView(memory0).setUint32(ptr0 + 224, ptr72, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v59_5, realloc0, memory0);
                  var ptr73= encodeRes.ptr;
                  var len73 = encodeRes.len;
                  
                  dataView(memory0).setUint32(ptr0 + 236, len73, true);
                  dataView(memory0).setUint32(ptr0 + 232, ptr73, true);
                }
                break;
              }
              case 'activity': {
                dataView(memory0).setInt8(ptr0 + 136, 1, true);
                break;
              }
              case 'like': {
                const e = variant85.val;
                dataView(memory0).setInt8(ptr0 + 136, 2, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr75= encodeRes.ptr;
                var len75 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 148, len75, true);
                dataView(memory0).setUint32(ptr0 + 144, ptr75, true);
                break;
              }
              case 'undo': {
                const e = variant85.val;
                dataView(memory0).setInt8(ptr0 + 136, 3, true);
                var {reaction: v76_0, messageAuthor: v76_1 } = e;
                
                var encodeRes = _utf8AllocateAndEncode(v76_0, realloc0, memory0);
                var ptr77= encodeRes.ptr;
                var len77 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 148, len77, true);
                dataView(memory0).setUint32(ptr0 + 144, ptr77, true);
                var {kind: v78_0, id: v78_1, rawId: v78_2, name: v78_3, participantType: v78_4 } = v76_1;
                var variant80 = v78_0;
                switch (variant80.tag) {
                  case 'users': {
                    dataView(memory0).setInt8(ptr0 + 152, 0, true);
                    break;
                  }
                  case 'guests': {
                    dataView(memory0).setInt8(ptr0 + 152, 1, true);
                    break;
                  }
                  case 'emails': {
                    dataView(memory0).setInt8(ptr0 + 152, 2, true);
                    break;
                  }
                  case 'federated-users': {
                    dataView(memory0).setInt8(ptr0 + 152, 3, true);
                    break;
                  }
                  case 'bots': {
                    dataView(memory0).setInt8(ptr0 + 152, 4, true);
                    break;
                  }
                  case 'bridged': {
                    dataView(memory0).setInt8(ptr0 + 152, 5, true);
                    break;
                  }
                  case 'deleted-users': {
                    dataView(memory0).setInt8(ptr0 + 152, 6, true);
                    break;
                  }
                  case 'other': {
                    const e = variant80.val;
                    dataView(memory0).setInt8(ptr0 + 152, 7, true);
                    
                    var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                    var ptr79= encodeRes.ptr;
                    var len79 = encodeRes.len;
                    
                    dataView(memory0).setUint32(ptr0 + 160, len79, true);
                    dataView(memory0).setUint32(ptr0 + 156, ptr79, true);
                    break;
                  }
                  default: {
                    throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant80.tag)}\` (received \`${variant80}\`) specified for \`ActorKind\``);
                  }
                }
                
                var encodeRes = _utf8AllocateAndEncode(v78_1, realloc0, memory0);
                var ptr81= encodeRes.ptr;
                var len81 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 168, len81, true);
                dataView(memory0).setUint32(ptr0 + 164, ptr81, true);
                
                var encodeRes = _utf8AllocateAndEncode(v78_2, realloc0, memory0);
                var ptr82= encodeRes.ptr;
                var len82 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 176, len82, true);
                dataView(memory0).setUint32(ptr0 + 172, ptr82, true);
                
                var encodeRes = _utf8AllocateAndEncode(v78_3, realloc0, memory0);
                var ptr83= encodeRes.ptr;
                var len83 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 184, len83, true);
                dataView(memory0).setUint32(ptr0 + 180, ptr83, true);
                var variant84 = v78_4;
                if (variant84 === null || variant84=== undefined) {
                  dataView(memory0).setInt8(ptr0 + 188, 0, true);
                } else {
                  const e = variant84;
                  dataView(memory0).setInt8(ptr0 + 188, 1, true);
                  dataView(memory0).setInt8(ptr0 + 189, toUint8(e), true);
                }
                break;
              }
              case 'join': {
                dataView(memory0).setInt8(ptr0 + 136, 4, true);
                break;
              }
              case 'leave': {
                dataView(memory0).setInt8(ptr0 + 136, 5, true);
                break;
              }
              default: {
                throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant85.tag)}\` (received \`${variant85}\`) specified for \`EventKind\``);
              }
            }
            var {kind: v86_0, id: v86_1, rawId: v86_2, name: v86_3, participantType: v86_4 } = v50_1;
            var variant88 = v86_0;
            switch (variant88.tag) {
              case 'users': {
                dataView(memory0).setInt8(ptr0 + 240, 0, true);
                break;
              }
              case 'guests': {
                dataView(memory0).setInt8(ptr0 + 240, 1, true);
                break;
              }
              case 'emails': {
                dataView(memory0).setInt8(ptr0 + 240, 2, true);
                break;
              }
              case 'federated-users': {
                dataView(memory0).setInt8(ptr0 + 240, 3, true);
                break;
              }
              case 'bots': {
                dataView(memory0).setInt8(ptr0 + 240, 4, true);
                break;
              }
              case 'bridged': {
                dataView(memory0).setInt8(ptr0 + 240, 5, true);
                break;
              }
              case 'deleted-users': {
                dataView(memory0).setInt8(ptr0 + 240, 6, true);
                break;
              }
              case 'other': {
                const e = variant88.val;
                dataView(memory0).setInt8(ptr0 + 240, 7, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr87= encodeRes.ptr;
                var len87 = encodeRes.len;
                
                dataView(memory0).setUint32(ptr0 + 248, len87, true);
                dataView(memory0).setUint32(ptr0 + 244, ptr87, true);
                break;
              }
              default: {
                throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant88.tag)}\` (received \`${variant88}\`) specified for \`ActorKind\``);
              }
            }
            
            var encodeRes = _utf8AllocateAndEncode(v86_1, realloc0, memory0);
            var ptr89= encodeRes.ptr;
            var len89 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 256, len89, true);
            dataView(memory0).setUint32(ptr0 + 252, ptr89, true);
            
            var encodeRes = _utf8AllocateAndEncode(v86_2, realloc0, memory0);
            var ptr90= encodeRes.ptr;
            var len90 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 264, len90, true);
            dataView(memory0).setUint32(ptr0 + 260, ptr90, true);
            
            var encodeRes = _utf8AllocateAndEncode(v86_3, realloc0, memory0);
            var ptr91= encodeRes.ptr;
            var len91 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 272, len91, true);
            dataView(memory0).setUint32(ptr0 + 268, ptr91, true);
            var variant92 = v86_4;
            if (variant92 === null || variant92=== undefined) {
              dataView(memory0).setInt8(ptr0 + 276, 0, true);
            } else {
              const e = variant92;
              dataView(memory0).setInt8(ptr0 + 276, 1, true);
              dataView(memory0).setInt8(ptr0 + 277, toUint8(e), true);
            }
            var {token: v93_0, name: v93_1 } = v50_2;
            
            var encodeRes = _utf8AllocateAndEncode(v93_0, realloc0, memory0);
            var ptr94= encodeRes.ptr;
            var len94 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 284, len94, true);
            dataView(memory0).setUint32(ptr0 + 280, ptr94, true);
            
            var encodeRes = _utf8AllocateAndEncode(v93_1, realloc0, memory0);
            var ptr95= encodeRes.ptr;
            var len95 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 292, len95, true);
            dataView(memory0).setUint32(ptr0 + 288, ptr95, true);
            var variant111 = v50_3;
            if (variant111 === null || variant111=== undefined) {
              dataView(memory0).setInt8(ptr0 + 296, 0, true);
            } else {
              const e = variant111;
              dataView(memory0).setInt8(ptr0 + 296, 1, true);
              var {id: v96_0, name: v96_1, template: v96_2, parameters: v96_3, mediaType: v96_4, contentJson: v96_5 } = e;
              dataView(memory0).setBigInt64(ptr0 + 304, toUint64(v96_0), true);
              
              var encodeRes = _utf8AllocateAndEncode(v96_1, realloc0, memory0);
              var ptr97= encodeRes.ptr;
              var len97 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 316, len97, true);
              dataView(memory0).setUint32(ptr0 + 312, ptr97, true);
              
              var encodeRes = _utf8AllocateAndEncode(v96_2, realloc0, memory0);
              var ptr98= encodeRes.ptr;
              var len98 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 324, len98, true);
              dataView(memory0).setUint32(ptr0 + 320, ptr98, true);
              var vec108 = v96_3;
              var len108 = vec108.length;
              var result108 = realloc0(0, 0, 4, len108 * 40);
              for (let i = 0; i < vec108.length; i++) {
                const e = vec108[i];
                const base = result108 + i * 40;var {key: v99_0, objectType: v99_1, id: v99_2, name: v99_3, fields: v99_4 } = e;
                
                var encodeRes = _utf8AllocateAndEncode(v99_0, realloc0, memory0);
                var ptr100= encodeRes.ptr;
                var len100 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 4, len100, true);
                dataView(memory0).setUint32(base + 0, ptr100, true);
                
                var encodeRes = _utf8AllocateAndEncode(v99_1, realloc0, memory0);
                var ptr101= encodeRes.ptr;
                var len101 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 12, len101, true);
                dataView(memory0).setUint32(base + 8, ptr101, true);
                
                var encodeRes = _utf8AllocateAndEncode(v99_2, realloc0, memory0);
                var ptr102= encodeRes.ptr;
                var len102 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 20, len102, true);
                dataView(memory0).setUint32(base + 16, ptr102, true);
                
                var encodeRes = _utf8AllocateAndEncode(v99_3, realloc0, memory0);
                var ptr103= encodeRes.ptr;
                var len103 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 28, len103, true);
                dataView(memory0).setUint32(base + 24, ptr103, true);
                var vec107 = v99_4;
                var len107 = vec107.length;
                var result107 = realloc0(0, 0, 4, len107 * 20);
                for (let i = 0; i < vec107.length; i++) {
                  const e = vec107[i];
                  const base = result107 + i * 20;var {name: v104_0, value: v104_1, isJson: v104_2 } = e;
                  
                  var encodeRes = _utf8AllocateAndEncode(v104_0, realloc0, memory0);
                  var ptr105= encodeRes.ptr;
                  var len105 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 4, len105, true);
                  dataView(memory0).setUint32(base + 0, ptr105, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v104_1, realloc0, memory0);
                  var ptr106= encodeRes.ptr;
                  var len106 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 12, len106, true);
                  dataView(memory0).setUint32(base + 8, ptr106, true);
                  dataView(memory0).setInt8(base + 16, v104_2 ? 1 : 0, true);
                }
                dataView(memory0).setUint32(base + 36, len107, true);
                dataView(memory0).setUint32(base + 32, result107, true);
              }
              dataView(memory0).setUint32(ptr0 + 332, len108, true);
              dataView(memory0).setUint32(ptr0 + 328, result108, true);
              
              var encodeRes = _utf8AllocateAndEncode(v96_4, realloc0, memory0);
              var ptr109= encodeRes.ptr;
              var len109 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 340, len109, true);
              dataView(memory0).setUint32(ptr0 + 336, ptr109, true);
              
              var encodeRes = _utf8AllocateAndEncode(v96_5, realloc0, memory0);
              var ptr110= encodeRes.ptr;
              var len110 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 348, len110, true);
              dataView(memory0).setUint32(ptr0 + 344, ptr110, true);
            }
            var variant113 = v50_4;
            if (variant113 === null || variant113=== undefined) {
              dataView(memory0).setInt8(ptr0 + 352, 0, true);
            } else {
              const e = variant113;
              dataView(memory0).setInt8(ptr0 + 352, 1, true);
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr112= encodeRes.ptr;
              var len112 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 360, len112, true);
              dataView(memory0).setUint32(ptr0 + 356, ptr112, true);
            }
            
            var encodeRes = _utf8AllocateAndEncode(arg4, realloc0, memory0);
            var ptr114= encodeRes.ptr;
            var len114 = encodeRes.len;
            
            dataView(memory0).setUint32(ptr0 + 372, len114, true);
            dataView(memory0).setUint32(ptr0 + 368, ptr114, true);
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
            
            let variant157;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var ptr115 = dataView(memory0).getUint32(ret + 8, true);
                var len115 = dataView(memory0).getUint32(ret + 12, true);
                var result115 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr115, len115));
                variant157= {
                  tag: 'ignore',
                  val: result115
                };
                break;
              }
              case 1: {
                var ptr116 = dataView(memory0).getUint32(ret + 8, true);
                var len116 = dataView(memory0).getUint32(ret + 12, true);
                var result116 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr116, len116));
                var ptr117 = dataView(memory0).getUint32(ret + 16, true);
                var len117 = dataView(memory0).getUint32(ret + 20, true);
                var result117 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr117, len117));
                let variant118;
                switch (dataView(memory0).getUint8(ret + 24, true)) {
                  case 0: {
                    variant118 = undefined;
                    break;
                  }
                  case 1: {
                    variant118 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 32, true)));
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                let variant141;
                switch (dataView(memory0).getUint8(ret + 40, true)) {
                  case 0: {
                    variant141 = undefined;
                    break;
                  }
                  case 1: {
                    let variant140;
                    switch (dataView(memory0).getUint8(ret + 44, true)) {
                      case 0: {
                        let variant120;
                        switch (dataView(memory0).getUint8(ret + 48, true)) {
                          case 0: {
                            variant120 = undefined;
                            break;
                          }
                          case 1: {
                            let enum119;
                            switch (dataView(memory0).getUint8(ret + 49, true)) {
                              case 0: {
                                enum119 = 'all';
                                break;
                              }
                              case 1: {
                                enum119 = 'mention';
                                break;
                              }
                              case 2: {
                                enum119 = 'off';
                                break;
                              }
                              default: {
                                throw new TypeError('invalid discriminant specified for Mode');
                              }
                            }
                            variant120 = enum119;
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        let variant122;
                        switch (dataView(memory0).getUint8(ret + 52, true)) {
                          case 0: {
                            variant122 = undefined;
                            break;
                          }
                          case 1: {
                            var ptr121 = dataView(memory0).getUint32(ret + 56, true);
                            var len121 = dataView(memory0).getUint32(ret + 60, true);
                            var result121 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr121, len121));
                            variant122 = result121;
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        let variant124;
                        switch (dataView(memory0).getUint8(ret + 64, true)) {
                          case 0: {
                            variant124 = undefined;
                            break;
                          }
                          case 1: {
                            var ptr123 = dataView(memory0).getUint32(ret + 68, true);
                            var len123 = dataView(memory0).getUint32(ret + 72, true);
                            var result123 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr123, len123));
                            variant124 = result123;
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        let variant126;
                        switch (dataView(memory0).getUint8(ret + 76, true)) {
                          case 0: {
                            variant126 = undefined;
                            break;
                          }
                          case 1: {
                            var ptr125 = dataView(memory0).getUint32(ret + 80, true);
                            var len125 = dataView(memory0).getUint32(ret + 84, true);
                            var result125 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr125, len125));
                            variant126 = result125;
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        variant140= {
                          tag: 'set',
                          val: {
                            mode: variant120,
                            persona: variant122,
                            schedules: variant124,
                            approvals: variant126,
                          }
                        };
                        break;
                      }
                      case 1: {
                        let variant128;
                        switch (dataView(memory0).getUint8(ret + 48, true)) {
                          case 0: {
                            variant128 = undefined;
                            break;
                          }
                          case 1: {
                            var ptr127 = dataView(memory0).getUint32(ret + 52, true);
                            var len127 = dataView(memory0).getUint32(ret + 56, true);
                            var result127 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr127, len127));
                            variant128 = result127;
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        variant140= {
                          tag: 'forget',
                          val: variant128
                        };
                        break;
                      }
                      case 2: {
                        let variant130;
                        switch (dataView(memory0).getUint8(ret + 48, true)) {
                          case 0: {
                            variant130 = undefined;
                            break;
                          }
                          case 1: {
                            let enum129;
                            switch (dataView(memory0).getUint8(ret + 49, true)) {
                              case 0: {
                                enum129 = 'all';
                                break;
                              }
                              case 1: {
                                enum129 = 'mention';
                                break;
                              }
                              case 2: {
                                enum129 = 'off';
                                break;
                              }
                              default: {
                                throw new TypeError('invalid discriminant specified for Mode');
                              }
                            }
                            variant130 = enum129;
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        let variant132;
                        switch (dataView(memory0).getUint8(ret + 52, true)) {
                          case 0: {
                            variant132 = undefined;
                            break;
                          }
                          case 1: {
                            var ptr131 = dataView(memory0).getUint32(ret + 56, true);
                            var len131 = dataView(memory0).getUint32(ret + 60, true);
                            var result131 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr131, len131));
                            variant132 = result131;
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        let variant134;
                        switch (dataView(memory0).getUint8(ret + 64, true)) {
                          case 0: {
                            variant134 = undefined;
                            break;
                          }
                          case 1: {
                            var ptr133 = dataView(memory0).getUint32(ret + 68, true);
                            var len133 = dataView(memory0).getUint32(ret + 72, true);
                            var result133 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr133, len133));
                            variant134 = result133;
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        let variant136;
                        switch (dataView(memory0).getUint8(ret + 76, true)) {
                          case 0: {
                            variant136 = undefined;
                            break;
                          }
                          case 1: {
                            var ptr135 = dataView(memory0).getUint32(ret + 80, true);
                            var len135 = dataView(memory0).getUint32(ret + 84, true);
                            var result135 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr135, len135));
                            variant136 = result135;
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        var ptr137 = dataView(memory0).getUint32(ret + 88, true);
                        var len137 = dataView(memory0).getUint32(ret + 92, true);
                        var result137 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr137, len137));
                        var bool138 = dataView(memory0).getUint8(ret + 96, true);
                        var ptr139 = dataView(memory0).getUint32(ret + 100, true);
                        var len139 = dataView(memory0).getUint32(ret + 104, true);
                        var result139 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr139, len139));
                        variant140= {
                          tag: 'resume',
                          val: {
                            settings: {
                              mode: variant130,
                              persona: variant132,
                              schedules: variant134,
                              approvals: variant136,
                            },
                            job: result137,
                            allowed: bool138 == 0 ? false : (bool138 == 1 ? true : throwInvalidBool()),
                            by: result139,
                          }
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for SettingsChange');
                      }
                    }
                    variant141 = variant140;
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                variant157= {
                  tag: 'command',
                  val: {
                    reply: {
                      text: result116,
                      referenceId: result117,
                      replyTo: variant118,
                    },
                    change: variant141,
                  }
                };
                break;
              }
              case 2: {
                var ptr142 = dataView(memory0).getUint32(ret + 8, true);
                var len142 = dataView(memory0).getUint32(ret + 12, true);
                var result142 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr142, len142));
                var ptr143 = dataView(memory0).getUint32(ret + 16, true);
                var len143 = dataView(memory0).getUint32(ret + 20, true);
                var result143 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr143, len143));
                let variant144;
                switch (dataView(memory0).getUint8(ret + 24, true)) {
                  case 0: {
                    variant144 = undefined;
                    break;
                  }
                  case 1: {
                    variant144 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 32, true)));
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                variant157= {
                  tag: 'greet',
                  val: {
                    text: result142,
                    referenceId: result143,
                    replyTo: variant144,
                  }
                };
                break;
              }
              case 3: {
                variant157= {
                  tag: 'leave',
                };
                break;
              }
              case 4: {
                var ptr145 = dataView(memory0).getUint32(ret + 8, true);
                var len145 = dataView(memory0).getUint32(ret + 12, true);
                var result145 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr145, len145));
                var ptr146 = dataView(memory0).getUint32(ret + 16, true);
                var len146 = dataView(memory0).getUint32(ret + 20, true);
                var result146 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr146, len146));
                var ptr147 = dataView(memory0).getUint32(ret + 24, true);
                var len147 = dataView(memory0).getUint32(ret + 28, true);
                var result147 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr147, len147));
                var ptr148 = dataView(memory0).getUint32(ret + 32, true);
                var len148 = dataView(memory0).getUint32(ret + 36, true);
                var result148 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr148, len148));
                var len150 = dataView(memory0).getUint32(ret + 44, true);
                var base150 = dataView(memory0).getUint32(ret + 40, true);
                if (base150 % 4 !== 0) throw new TypeError(`list pointer [${base150}] is not aligned to 4`);
                var result150 = [];
                for (let i = 0; i < len150; i++) {
                  const base = base150 + i * 8;
                  var ptr149 = dataView(memory0).getUint32(base + 0, true);
                  var len149 = dataView(memory0).getUint32(base + 4, true);
                  var result149 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr149, len149));
                  result150.push(result149);
                }
                let variant151;
                switch (dataView(memory0).getUint8(ret + 56, true)) {
                  case 0: {
                    variant151 = undefined;
                    break;
                  }
                  case 1: {
                    variant151 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 64, true)));
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                var ptr152 = dataView(memory0).getUint32(ret + 72, true);
                var len152 = dataView(memory0).getUint32(ret + 76, true);
                var result152 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr152, len152));
                let variant156;
                switch (dataView(memory0).getUint8(ret + 80, true)) {
                  case 0: {
                    variant156 = undefined;
                    break;
                  }
                  case 1: {
                    var ptr153 = dataView(memory0).getUint32(ret + 96, true);
                    var len153 = dataView(memory0).getUint32(ret + 100, true);
                    var result153 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr153, len153));
                    var ptr154 = dataView(memory0).getUint32(ret + 104, true);
                    var len154 = dataView(memory0).getUint32(ret + 108, true);
                    var result154 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr154, len154));
                    var bool155 = dataView(memory0).getUint8(ret + 112, true);
                    variant156 = {
                      id: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 88, true))),
                      author: result153,
                      text: result154,
                      byBot: bool155 == 0 ? false : (bool155 == 1 ? true : throwInvalidBool()),
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                variant157= {
                  tag: 'answer',
                  val: {
                    text: result145,
                    author: result146,
                    persona: result147,
                    systemPrompt: result148,
                    responders: result150,
                    messageId: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 48, true))),
                    replyTo: variant151,
                    referenceId: result152,
                    quoted: variant156,
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
            task.resolve([variant157]);
            const retCopy = variant157;
            
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
            
            var ptr0 = realloc0(0, 0, 8, 264);
            var {policy: v1_0, backends: v1_1, strictBackend: v1_2, maxBodyBytes: v1_3, ingress: v1_4, retry: v1_5, answerAttempts: v1_6, failureReply: v1_7, maxAnswerChars: v1_8, maxMessageLength: v1_9, statusReactionAfterMs: v1_10, models: v1_11, schedules: v1_12, toolServers: v1_13, maxToolRounds: v1_14 } = arg0;
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
            var vec38 = v2_8;
            var len38 = vec38.length;
            var result38 = realloc0(0, 0, 4, len38 * 36);
            for (let i = 0; i < vec38.length; i++) {
              const e = vec38[i];
              const base = result38 + i * 36;var {name: v30_0, systemPrompt: v30_1, responders: v30_2, tools: v30_3 } = e;
              
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
              var vec37 = v30_3;
              var len37 = vec37.length;
              var result37 = realloc0(0, 0, 4, len37 * 8);
              for (let i = 0; i < vec37.length; i++) {
                const e = vec37[i];
                const base = result37 + i * 8;
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr36= encodeRes.ptr;
                var len36 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 4, len36, true);
                dataView(memory0).setUint32(base + 0, ptr36, true);
              }
              dataView(memory0).setUint32(base + 32, len37, true);
              dataView(memory0).setUint32(base + 28, result37, true);
            }
            dataView(memory0).setUint32(ptr0 + 68, len38, true);
            dataView(memory0).setUint32(ptr0 + 64, result38, true);
            var variant40 = v2_9;
            if (variant40 === null || variant40=== undefined) {
              dataView(memory0).setInt8(ptr0 + 72, 0, true);
            } else {
              const e = variant40;
              dataView(memory0).setInt8(ptr0 + 72, 1, true);
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr39= encodeRes.ptr;
              var len39 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 80, len39, true);
              dataView(memory0).setUint32(ptr0 + 76, ptr39, true);
            }
            dataView(memory0).setInt32(ptr0 + 84, toUint32(v2_10), true);
            var vec45 = v1_1;
            var len45 = vec45.length;
            var result45 = realloc0(0, 0, 4, len45 * 16);
            for (let i = 0; i < vec45.length; i++) {
              const e = vec45[i];
              const base = result45 + i * 16;var {url: v41_0, secrets: v41_1 } = e;
              
              var encodeRes = _utf8AllocateAndEncode(v41_0, realloc0, memory0);
              var ptr42= encodeRes.ptr;
              var len42 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len42, true);
              dataView(memory0).setUint32(base + 0, ptr42, true);
              var vec44 = v41_1;
              var len44 = vec44.length;
              var result44 = realloc0(0, 0, 4, len44 * 8);
              for (let i = 0; i < vec44.length; i++) {
                const e = vec44[i];
                const base = result44 + i * 8;
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr43= encodeRes.ptr;
                var len43 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 4, len43, true);
                dataView(memory0).setUint32(base + 0, ptr43, true);
              }
              dataView(memory0).setUint32(base + 12, len44, true);
              dataView(memory0).setUint32(base + 8, result44, true);
            }
            dataView(memory0).setUint32(ptr0 + 92, len45, true);
            dataView(memory0).setUint32(ptr0 + 88, result45, true);
            dataView(memory0).setInt8(ptr0 + 96, v1_2 ? 1 : 0, true);
            var variant46 = v1_3;
            if (variant46 === null || variant46=== undefined) {
              dataView(memory0).setInt8(ptr0 + 104, 0, true);
            } else {
              const e = variant46;
              dataView(memory0).setInt8(ptr0 + 104, 1, true);
              dataView(memory0).setBigInt64(ptr0 + 112, toUint64(e), true);
            }
            var {answerActivity: v47_0, maxAgeMs: v47_1 } = v1_4;
            dataView(memory0).setInt8(ptr0 + 120, v47_0 ? 1 : 0, true);
            var variant48 = v47_1;
            if (variant48 === null || variant48=== undefined) {
              dataView(memory0).setInt8(ptr0 + 128, 0, true);
            } else {
              const e = variant48;
              dataView(memory0).setInt8(ptr0 + 128, 1, true);
              dataView(memory0).setBigInt64(ptr0 + 136, toUint64(e), true);
            }
            var {initialBackoffMs: v49_0, maxBackoffMs: v49_1, retryForMs: v49_2, maxAttempts: v49_3 } = v1_5;
            dataView(memory0).setBigInt64(ptr0 + 144, toUint64(v49_0), true);
            dataView(memory0).setBigInt64(ptr0 + 152, toUint64(v49_1), true);
            dataView(memory0).setBigInt64(ptr0 + 160, toUint64(v49_2), true);
            var variant50 = v49_3;
            if (variant50 === null || variant50=== undefined) {
              dataView(memory0).setInt8(ptr0 + 168, 0, true);
            } else {
              const e = variant50;
              dataView(memory0).setInt8(ptr0 + 168, 1, true);
              dataView(memory0).setInt32(ptr0 + 172, toUint32(e), true);
            }
            var variant51 = v1_6;
            if (variant51 === null || variant51=== undefined) {
              dataView(memory0).setInt8(ptr0 + 176, 0, true);
            } else {
              const e = variant51;
              dataView(memory0).setInt8(ptr0 + 176, 1, true);
              dataView(memory0).setInt32(ptr0 + 180, toUint32(e), true);
            }
            var variant53 = v1_7;
            if (variant53 === null || variant53=== undefined) {
              dataView(memory0).setInt8(ptr0 + 184, 0, true);
            } else {
              const e = variant53;
              dataView(memory0).setInt8(ptr0 + 184, 1, true);
              
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr52= encodeRes.ptr;
              var len52 = encodeRes.len;
              
              dataView(memory0).setUint32(ptr0 + 192, len52, true);
              dataView(memory0).setUint32(ptr0 + 188, ptr52, true);
            }
            var variant54 = v1_8;
            if (variant54 === null || variant54=== undefined) {
              dataView(memory0).setInt8(ptr0 + 196, 0, true);
            } else {
              const e = variant54;
              dataView(memory0).setInt8(ptr0 + 196, 1, true);
              dataView(memory0).setInt32(ptr0 + 200, toUint32(e), true);
            }
            var variant55 = v1_9;
            if (variant55 === null || variant55=== undefined) {
              dataView(memory0).setInt8(ptr0 + 204, 0, true);
            } else {
              const e = variant55;
              dataView(memory0).setInt8(ptr0 + 204, 1, true);
              dataView(memory0).setInt32(ptr0 + 208, toUint32(e), true);
            }
            var variant56 = v1_10;
            if (variant56 === null || variant56=== undefined) {
              dataView(memory0).setInt8(ptr0 + 216, 0, true);
            } else {
              const e = variant56;
              dataView(memory0).setInt8(ptr0 + 216, 1, true);
              dataView(memory0).setBigInt64(ptr0 + 224, toUint64(e), true);
            }
            var vec66 = v1_11;
            var len66 = vec66.length;
            var result66 = realloc0(0, 0, 8, len66 * 64);
            for (let i = 0; i < vec66.length; i++) {
              const e = vec66[i];
              const base = result66 + i * 64;var [tuple57_0, tuple57_1] = e;
              
              var encodeRes = _utf8AllocateAndEncode(tuple57_0, realloc0, memory0);
              var ptr58= encodeRes.ptr;
              var len58 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len58, true);
              dataView(memory0).setUint32(base + 0, ptr58, true);
              var {baseUrl: v59_0, model: v59_1, apiKey: v59_2, temperature: v59_3, maxTokens: v59_4 } = tuple57_1;
              
              var encodeRes = _utf8AllocateAndEncode(v59_0, realloc0, memory0);
              var ptr60= encodeRes.ptr;
              var len60 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 12, len60, true);
              dataView(memory0).setUint32(base + 8, ptr60, true);
              
              var encodeRes = _utf8AllocateAndEncode(v59_1, realloc0, memory0);
              var ptr61= encodeRes.ptr;
              var len61 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 20, len61, true);
              dataView(memory0).setUint32(base + 16, ptr61, true);
              var variant63 = v59_2;
              if (variant63 === null || variant63=== undefined) {
                dataView(memory0).setInt8(base + 24, 0, true);
              } else {
                const e = variant63;
                dataView(memory0).setInt8(base + 24, 1, true);
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr62= encodeRes.ptr;
                var len62 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 32, len62, true);
                dataView(memory0).setUint32(base + 28, ptr62, true);
              }
              var variant64 = v59_3;
              if (variant64 === null || variant64=== undefined) {
                dataView(memory0).setInt8(base + 40, 0, true);
              } else {
                const e = variant64;
                dataView(memory0).setInt8(base + 40, 1, true);
                dataView(memory0).setFloat64(base + 48, +e, true);
              }
              var variant65 = v59_4;
              if (variant65 === null || variant65=== undefined) {
                dataView(memory0).setInt8(base + 56, 0, true);
              } else {
                const e = variant65;
                dataView(memory0).setInt8(base + 56, 1, true);
                dataView(memory0).setInt32(base + 60, toUint32(e), true);
              }
            }
            dataView(memory0).setUint32(ptr0 + 236, len66, true);
            dataView(memory0).setUint32(ptr0 + 232, result66, true);
            var vec75 = v1_12;
            var len75 = vec75.length;
            var result75 = realloc0(0, 0, 8, len75 * 56);
            for (let i = 0; i < vec75.length; i++) {
              const e = vec75[i];
              const base = result75 + i * 56;var {name: v67_0, backendIndex: v67_1, room: v67_2, cron: v67_3, timezone: v67_4, post: v67_5, graceMs: v67_6 } = e;
              
              var encodeRes = _utf8AllocateAndEncode(v67_0, realloc0, memory0);
              var ptr68= encodeRes.ptr;
              var len68 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len68, true);
              dataView(memory0).setUint32(base + 0, ptr68, true);
              dataView(memory0).setInt32(base + 8, toUint32(v67_1), true);
              
              var encodeRes = _utf8AllocateAndEncode(v67_2, realloc0, memory0);
              var ptr69= encodeRes.ptr;
              var len69 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 16, len69, true);
              dataView(memory0).setUint32(base + 12, ptr69, true);
              
              var encodeRes = _utf8AllocateAndEncode(v67_3, realloc0, memory0);
              var ptr70= encodeRes.ptr;
              var len70 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 24, len70, true);
              dataView(memory0).setUint32(base + 20, ptr70, true);
              
              var encodeRes = _utf8AllocateAndEncode(v67_4, realloc0, memory0);
              var ptr71= encodeRes.ptr;
              var len71 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 32, len71, true);
              dataView(memory0).setUint32(base + 28, ptr71, true);
              var variant74 = v67_5;
              switch (variant74.tag) {
                case 'text': {
                  const e = variant74.val;
                  dataView(memory0).setInt8(base + 36, 0, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                  var ptr72= encodeRes.ptr;
                  var len72 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 44, len72, true);
                  dataView(memory0).setUint32(base + 40, ptr72, true);
                  break;
                }
                case 'prompt': {
                  const e = variant74.val;
                  dataView(memory0).setInt8(base + 36, 1, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                  var ptr73= encodeRes.ptr;
                  var len73 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 44, len73, true);
                  dataView(memory0).setUint32(base + 40, ptr73, true);
                  break;
                }
                default: {
                  throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant74.tag)}\` (received \`${variant74}\`) specified for \`ScheduledPost\``);
                }
              }
              dataView(memory0).setBigInt64(base + 48, toUint64(v67_6), true);
            }
            dataView(memory0).setUint32(ptr0 + 244, len75, true);
            dataView(memory0).setUint32(ptr0 + 240, result75, true);
            var vec95 = v1_13;
            var len95 = vec95.length;
            var result95 = realloc0(0, 0, 8, len95 * 96);
            for (let i = 0; i < vec95.length; i++) {
              const e = vec95[i];
              const base = result95 + i * 96;var {name: v76_0, transport: v76_1, headers: v76_2, timeoutMs: v76_3, expose: v76_4, approval: v76_5, idempotent: v76_6, listTtlMs: v76_7 } = e;
              
              var encodeRes = _utf8AllocateAndEncode(v76_0, realloc0, memory0);
              var ptr77= encodeRes.ptr;
              var len77 = encodeRes.len;
              
              dataView(memory0).setUint32(base + 4, len77, true);
              dataView(memory0).setUint32(base + 0, ptr77, true);
              var variant81 = v76_1;
              switch (variant81.tag) {
                case 'http': {
                  const e = variant81.val;
                  dataView(memory0).setInt8(base + 8, 0, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                  var ptr78= encodeRes.ptr;
                  var len78 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 16, len78, true);
                  dataView(memory0).setUint32(base + 12, ptr78, true);
                  break;
                }
                case 'stdio': {
                  const e = variant81.val;
                  dataView(memory0).setInt8(base + 8, 1, true);
                  var vec80 = e;
                  var len80 = vec80.length;
                  var result80 = realloc0(0, 0, 4, len80 * 8);
                  for (let i = 0; i < vec80.length; i++) {
                    const e = vec80[i];
                    const base = result80 + i * 8;
                    var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                    var ptr79= encodeRes.ptr;
                    var len79 = encodeRes.len;
                    
                    dataView(memory0).setUint32(base + 4, len79, true);
                    dataView(memory0).setUint32(base + 0, ptr79, true);
                  }
                  dataView(memory0).setUint32(base + 16, len80, true);
                  dataView(memory0).setUint32(base + 12, result80, true);
                  break;
                }
                default: {
                  throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant81.tag)}\` (received \`${variant81}\`) specified for \`ToolTransport\``);
                }
              }
              var vec85 = v76_2;
              var len85 = vec85.length;
              var result85 = realloc0(0, 0, 4, len85 * 16);
              for (let i = 0; i < vec85.length; i++) {
                const e = vec85[i];
                const base = result85 + i * 16;var [tuple82_0, tuple82_1] = e;
                
                var encodeRes = _utf8AllocateAndEncode(tuple82_0, realloc0, memory0);
                var ptr83= encodeRes.ptr;
                var len83 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 4, len83, true);
                dataView(memory0).setUint32(base + 0, ptr83, true);
                
                var encodeRes = _utf8AllocateAndEncode(tuple82_1, realloc0, memory0);
                var ptr84= encodeRes.ptr;
                var len84 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 12, len84, true);
                dataView(memory0).setUint32(base + 8, ptr84, true);
              }
              dataView(memory0).setUint32(base + 24, len85, true);
              dataView(memory0).setUint32(base + 20, result85, true);
              var variant86 = v76_3;
              if (variant86 === null || variant86=== undefined) {
                dataView(memory0).setInt8(base + 32, 0, true);
              } else {
                const e = variant86;
                dataView(memory0).setInt8(base + 32, 1, true);
                dataView(memory0).setBigInt64(base + 40, toUint64(e), true);
              }
              var variant89 = v76_4;
              if (variant89 === null || variant89=== undefined) {
                dataView(memory0).setInt8(base + 48, 0, true);
              } else {
                const e = variant89;
                dataView(memory0).setInt8(base + 48, 1, true);
                var vec88 = e;
                var len88 = vec88.length;
                var result88 = realloc0(0, 0, 4, len88 * 8);
                for (let i = 0; i < vec88.length; i++) {
                  const e = vec88[i];
                  const base = result88 + i * 8;
                  var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                  var ptr87= encodeRes.ptr;
                  var len87 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 4, len87, true);
                  dataView(memory0).setUint32(base + 0, ptr87, true);
                }
                dataView(memory0).setUint32(base + 56, len88, true);
                dataView(memory0).setUint32(base + 52, result88, true);
              }
              var vec91 = v76_5;
              var len91 = vec91.length;
              var result91 = realloc0(0, 0, 4, len91 * 8);
              for (let i = 0; i < vec91.length; i++) {
                const e = vec91[i];
                const base = result91 + i * 8;
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr90= encodeRes.ptr;
                var len90 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 4, len90, true);
                dataView(memory0).setUint32(base + 0, ptr90, true);
              }
              dataView(memory0).setUint32(base + 64, len91, true);
              dataView(memory0).setUint32(base + 60, result91, true);
              var vec93 = v76_6;
              var len93 = vec93.length;
              var result93 = realloc0(0, 0, 4, len93 * 8);
              for (let i = 0; i < vec93.length; i++) {
                const e = vec93[i];
                const base = result93 + i * 8;
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr92= encodeRes.ptr;
                var len92 = encodeRes.len;
                
                dataView(memory0).setUint32(base + 4, len92, true);
                dataView(memory0).setUint32(base + 0, ptr92, true);
              }
              dataView(memory0).setUint32(base + 72, len93, true);
              dataView(memory0).setUint32(base + 68, result93, true);
              var variant94 = v76_7;
              if (variant94 === null || variant94=== undefined) {
                dataView(memory0).setInt8(base + 80, 0, true);
              } else {
                const e = variant94;
                dataView(memory0).setInt8(base + 80, 1, true);
                dataView(memory0).setBigInt64(base + 88, toUint64(e), true);
              }
            }
            dataView(memory0).setUint32(ptr0 + 252, len95, true);
            dataView(memory0).setUint32(ptr0 + 248, result95, true);
            var variant96 = v1_14;
            if (variant96 === null || variant96=== undefined) {
              dataView(memory0).setInt8(ptr0 + 256, 0, true);
            } else {
              const e = variant96;
              dataView(memory0).setInt8(ptr0 + 256, 1, true);
              dataView(memory0).setInt32(ptr0 + 260, toUint32(e), true);
            }
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
            
            let variant100;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var handle98 = dataView(memory0).getInt32(ret + 4, true);
                var rsc97 = new.target === Bot ? this : Object.create(Bot.prototype);
                Object.defineProperty(rsc97, symbolRscHandle, { writable: true, value: handle98});
                finalizationRegistry0.register(rsc97, handle98, rsc97);
                Object.defineProperty(rsc97, symbolDispose, { writable: true, value: function () {
                  finalizationRegistry0.unregister(rsc97);
                  const handleEntry = rscTableRemove(handleTable0, handle98);
                  rsc97[symbolDispose] = emptyFunc;
                  rsc97[symbolRscHandle] = undefined;
                  exports0['1'](handleEntry.rep);
                }});
                variant100= {
                  tag: 'ok',
                  val: rsc97
                };
                break;
              }
              case 1: {
                var ptr99 = dataView(memory0).getUint32(ret + 4, true);
                var len99 = dataView(memory0).getUint32(ret + 8, true);
                var result99 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr99, len99));
                variant100= {
                  tag: 'err',
                  val: result99
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
            const retCopy = variant100;
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
            
            var variant85 = arg2;
            let variant85_0;
            let variant85_1;
            let variant85_2;
            let variant85_3;
            let variant85_4;
            let variant85_5;
            let variant85_6;
            let variant85_7;
            let variant85_8;
            let variant85_9;
            let variant85_10;
            let variant85_11;
            switch (variant85.tag) {
              case 'run': {
                variant85_0 = 0;
                variant85_1 = 0;
                variant85_2 = 0;
                variant85_3 = 0n;
                variant85_4 = 0;
                variant85_5 = 0;
                variant85_6 = 0;
                variant85_7 = 0;
                variant85_8 = 0;
                variant85_9 = 0;
                variant85_10 = 0;
                variant85_11 = 0;
                break;
              }
              case 'settings': {
                const e = variant85.val;
                var {mode: v3_0, persona: v3_1, schedules: v3_2, approvals: v3_3 } = e;
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
                var variant11 = v3_3;
                let variant11_0;
                let variant11_1;
                let variant11_2;
                if (variant11 === null || variant11=== undefined) {
                  variant11_0 = 0;
                  variant11_1 = 0;
                  variant11_2 = 0;
                } else {
                  const e = variant11;
                  
                  var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                  var ptr10= encodeRes.ptr;
                  var len10 = encodeRes.len;
                  
                  variant11_0 = 1;
                  variant11_1 = ptr10;
                  variant11_2 = len10;
                }
                variant85_0 = 1;
                variant85_1 = variant5_0;
                variant85_2 = variant5_1;
                variant85_3 = BigInt(BigInt(variant7_0));
                variant85_4 = variant7_1;
                variant85_5 = variant7_2;
                variant85_6 = variant9_0;
                variant85_7 = variant9_1;
                variant85_8 = variant9_2;
                variant85_9 = variant11_0;
                variant85_10 = variant11_1;
                variant85_11 = variant11_2;
                break;
              }
              case 'memory': {
                const e = variant85.val;
                var vec20 = e;
                var len20 = vec20.length;
                var result20 = realloc0(0, 0, 4, len20 * 44);
                for (let i = 0; i < vec20.length; i++) {
                  const e = vec20[i];
                  const base = result20 + i * 44;var {thread: v12_0, messageId: v12_1, asker: v12_2, turn: v12_3 } = e;
                  
                  var encodeRes = _utf8AllocateAndEncode(v12_0, realloc0, memory0);
                  var ptr13= encodeRes.ptr;
                  var len13 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 4, len13, true);
                  dataView(memory0).setUint32(base + 0, ptr13, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v12_1, realloc0, memory0);
                  var ptr14= encodeRes.ptr;
                  var len14 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 12, len14, true);
                  dataView(memory0).setUint32(base + 8, ptr14, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v12_2, realloc0, memory0);
                  var ptr15= encodeRes.ptr;
                  var len15 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 20, len15, true);
                  dataView(memory0).setUint32(base + 16, ptr15, true);
                  var {role: v16_0, author: v16_1, text: v16_2 } = v12_3;
                  var val17 = v16_0;
                  let enum17;
                  switch (val17) {
                    case 'user': {
                      enum17 = 0;
                      break;
                    }
                    case 'assistant': {
                      enum17 = 1;
                      break;
                    }
                    default: {
                      if ((v16_0) instanceof Error) {
                        console.error(v16_0);
                      }
                      
                      throw new TypeError(`"${val17}" is not one of the cases of role`);
                    }
                  }
                  dataView(memory0).setInt8(base + 24, enum17, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v16_1, realloc0, memory0);
                  var ptr18= encodeRes.ptr;
                  var len18 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 32, len18, true);
                  dataView(memory0).setUint32(base + 28, ptr18, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(v16_2, realloc0, memory0);
                  var ptr19= encodeRes.ptr;
                  var len19 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 40, len19, true);
                  dataView(memory0).setUint32(base + 36, ptr19, true);
                }
                variant85_0 = 2;
                variant85_1 = result20;
                variant85_2 = len20;
                variant85_3 = 0n;
                variant85_4 = 0;
                variant85_5 = 0;
                variant85_6 = 0;
                variant85_7 = 0;
                variant85_8 = 0;
                variant85_9 = 0;
                variant85_10 = 0;
                variant85_11 = 0;
                break;
              }
              case 'model-answered': {
                const e = variant85.val;
                var [tuple21_0, tuple21_1, tuple21_2] = e;
                var val22 = tuple21_1;
                var len22 = Array.isArray(val22) ? val22.length : val22.byteLength;
                var ptr22 = realloc0(0, 0, 1, len22 * 1);
                
                let valData22;
                const valLenBytes22 = len22 * 1;
                if (Array.isArray(val22)) {
                  // Regular array likely containing numbers, write values to memory
                  let offset = 0;
                  const dv22 = new DataView(memory0.buffer);
                  for (const v of val22) {
                    _requireValidNumericPrimitive.bind(null, 'u8')(v);
                    dv22.setUint8(ptr22+ offset, v, true);
                    offset += 1;
                  }
                } else {
                  // TypedArray / ArrayBuffer-like, direct copy
                  valData22 = new Uint8Array(val22.buffer || val22, val22.byteOffset, valLenBytes22);
                  const out22 = new Uint8Array(memory0.buffer, ptr22, valLenBytes22);
                  out22.set(valData22);
                }
                
                var variant30 = tuple21_2;
                let variant30_0;
                let variant30_1;
                let variant30_2;
                let variant30_3;
                let variant30_4;
                if (variant30 === null || variant30=== undefined) {
                  variant30_0 = 0;
                  variant30_1 = 0;
                  variant30_2 = 0;
                  variant30_3 = 0;
                  variant30_4 = 0;
                } else {
                  const e = variant30;
                  var variant29 = e;
                  let variant29_0;
                  let variant29_1;
                  let variant29_2;
                  let variant29_3;
                  switch (variant29.tag) {
                    case 'status': {
                      const e = variant29.val;
                      var [tuple23_0, tuple23_1] = e;
                      var vec27 = tuple23_1;
                      var len27 = vec27.length;
                      var result27 = realloc0(0, 0, 4, len27 * 16);
                      for (let i = 0; i < vec27.length; i++) {
                        const e = vec27[i];
                        const base = result27 + i * 16;var [tuple24_0, tuple24_1] = e;
                        
                        var encodeRes = _utf8AllocateAndEncode(tuple24_0, realloc0, memory0);
                        var ptr25= encodeRes.ptr;
                        var len25 = encodeRes.len;
                        
                        dataView(memory0).setUint32(base + 4, len25, true);
                        dataView(memory0).setUint32(base + 0, ptr25, true);
                        
                        var encodeRes = _utf8AllocateAndEncode(tuple24_1, realloc0, memory0);
                        var ptr26= encodeRes.ptr;
                        var len26 = encodeRes.len;
                        
                        dataView(memory0).setUint32(base + 12, len26, true);
                        dataView(memory0).setUint32(base + 8, ptr26, true);
                      }
                      variant29_0 = 0;
                      variant29_1 = toUint16(tuple23_0);
                      variant29_2 = result27;
                      variant29_3 = len27;
                      break;
                    }
                    case 'unreachable': {
                      const e = variant29.val;
                      
                      var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                      var ptr28= encodeRes.ptr;
                      var len28 = encodeRes.len;
                      
                      variant29_0 = 1;
                      variant29_1 = ptr28;
                      variant29_2 = len28;
                      variant29_3 = 0;
                      break;
                    }
                    default: {
                      throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant29.tag)}\` (received \`${variant29}\`) specified for \`TalkAnswer\``);
                    }
                  }
                  variant30_0 = 1;
                  variant30_1 = variant29_0;
                  variant30_2 = variant29_1;
                  variant30_3 = variant29_2;
                  variant30_4 = variant29_3;
                }
                variant85_0 = 3;
                variant85_1 = toUint16(tuple21_0);
                variant85_2 = ptr22;
                variant85_3 = BigInt(BigInt(len22));
                variant85_4 = variant30_0;
                variant85_5 = variant30_1;
                variant85_6 = variant30_2;
                variant85_7 = variant30_3;
                variant85_8 = variant30_4;
                variant85_9 = 0;
                variant85_10 = 0;
                variant85_11 = 0;
                break;
              }
              case 'model-unreachable': {
                const e = variant85.val;
                var [tuple31_0, tuple31_1] = e;
                var variant33 = tuple31_0;
                let variant33_0;
                let variant33_1;
                let variant33_2;
                switch (variant33.tag) {
                  case 'timeout': {
                    variant33_0 = 0;
                    variant33_1 = 0;
                    variant33_2 = 0;
                    break;
                  }
                  case 'connection': {
                    const e = variant33.val;
                    
                    var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                    var ptr32= encodeRes.ptr;
                    var len32 = encodeRes.len;
                    
                    variant33_0 = 1;
                    variant33_1 = ptr32;
                    variant33_2 = len32;
                    break;
                  }
                  case 'too-large': {
                    variant33_0 = 2;
                    variant33_1 = 0;
                    variant33_2 = 0;
                    break;
                  }
                  default: {
                    throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant33.tag)}\` (received \`${variant33}\`) specified for \`TransportFailure\``);
                  }
                }
                var variant41 = tuple31_1;
                let variant41_0;
                let variant41_1;
                let variant41_2;
                let variant41_3;
                let variant41_4;
                if (variant41 === null || variant41=== undefined) {
                  variant41_0 = 0;
                  variant41_1 = 0;
                  variant41_2 = 0;
                  variant41_3 = 0;
                  variant41_4 = 0;
                } else {
                  const e = variant41;
                  var variant40 = e;
                  let variant40_0;
                  let variant40_1;
                  let variant40_2;
                  let variant40_3;
                  switch (variant40.tag) {
                    case 'status': {
                      const e = variant40.val;
                      var [tuple34_0, tuple34_1] = e;
                      var vec38 = tuple34_1;
                      var len38 = vec38.length;
                      var result38 = realloc0(0, 0, 4, len38 * 16);
                      for (let i = 0; i < vec38.length; i++) {
                        const e = vec38[i];
                        const base = result38 + i * 16;var [tuple35_0, tuple35_1] = e;
                        
                        var encodeRes = _utf8AllocateAndEncode(tuple35_0, realloc0, memory0);
                        var ptr36= encodeRes.ptr;
                        var len36 = encodeRes.len;
                        
                        dataView(memory0).setUint32(base + 4, len36, true);
                        dataView(memory0).setUint32(base + 0, ptr36, true);
                        
                        var encodeRes = _utf8AllocateAndEncode(tuple35_1, realloc0, memory0);
                        var ptr37= encodeRes.ptr;
                        var len37 = encodeRes.len;
                        
                        dataView(memory0).setUint32(base + 12, len37, true);
                        dataView(memory0).setUint32(base + 8, ptr37, true);
                      }
                      variant40_0 = 0;
                      variant40_1 = toUint16(tuple34_0);
                      variant40_2 = result38;
                      variant40_3 = len38;
                      break;
                    }
                    case 'unreachable': {
                      const e = variant40.val;
                      
                      var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                      var ptr39= encodeRes.ptr;
                      var len39 = encodeRes.len;
                      
                      variant40_0 = 1;
                      variant40_1 = ptr39;
                      variant40_2 = len39;
                      variant40_3 = 0;
                      break;
                    }
                    default: {
                      throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant40.tag)}\` (received \`${variant40}\`) specified for \`TalkAnswer\``);
                    }
                  }
                  variant41_0 = 1;
                  variant41_1 = variant40_0;
                  variant41_2 = variant40_1;
                  variant41_3 = variant40_2;
                  variant41_4 = variant40_3;
                }
                variant85_0 = 4;
                variant85_1 = variant33_0;
                variant85_2 = variant33_1;
                variant85_3 = BigInt(BigInt(variant33_2));
                variant85_4 = variant41_0;
                variant85_5 = variant41_1;
                variant85_6 = variant41_2;
                variant85_7 = variant41_3;
                variant85_8 = variant41_4;
                variant85_9 = 0;
                variant85_10 = 0;
                variant85_11 = 0;
                break;
              }
              case 'responder-answered': {
                const e = variant85.val;
                var [tuple42_0, tuple42_1] = e;
                var variant44 = tuple42_0;
                let variant44_0;
                let variant44_1;
                let variant44_2;
                if (variant44 === null || variant44=== undefined) {
                  variant44_0 = 0;
                  variant44_1 = 0;
                  variant44_2 = 0;
                } else {
                  const e = variant44;
                  
                  var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                  var ptr43= encodeRes.ptr;
                  var len43 = encodeRes.len;
                  
                  variant44_0 = 1;
                  variant44_1 = ptr43;
                  variant44_2 = len43;
                }
                var variant52 = tuple42_1;
                let variant52_0;
                let variant52_1;
                let variant52_2;
                let variant52_3;
                let variant52_4;
                if (variant52 === null || variant52=== undefined) {
                  variant52_0 = 0;
                  variant52_1 = 0;
                  variant52_2 = 0;
                  variant52_3 = 0;
                  variant52_4 = 0;
                } else {
                  const e = variant52;
                  var variant51 = e;
                  let variant51_0;
                  let variant51_1;
                  let variant51_2;
                  let variant51_3;
                  switch (variant51.tag) {
                    case 'status': {
                      const e = variant51.val;
                      var [tuple45_0, tuple45_1] = e;
                      var vec49 = tuple45_1;
                      var len49 = vec49.length;
                      var result49 = realloc0(0, 0, 4, len49 * 16);
                      for (let i = 0; i < vec49.length; i++) {
                        const e = vec49[i];
                        const base = result49 + i * 16;var [tuple46_0, tuple46_1] = e;
                        
                        var encodeRes = _utf8AllocateAndEncode(tuple46_0, realloc0, memory0);
                        var ptr47= encodeRes.ptr;
                        var len47 = encodeRes.len;
                        
                        dataView(memory0).setUint32(base + 4, len47, true);
                        dataView(memory0).setUint32(base + 0, ptr47, true);
                        
                        var encodeRes = _utf8AllocateAndEncode(tuple46_1, realloc0, memory0);
                        var ptr48= encodeRes.ptr;
                        var len48 = encodeRes.len;
                        
                        dataView(memory0).setUint32(base + 12, len48, true);
                        dataView(memory0).setUint32(base + 8, ptr48, true);
                      }
                      variant51_0 = 0;
                      variant51_1 = toUint16(tuple45_0);
                      variant51_2 = result49;
                      variant51_3 = len49;
                      break;
                    }
                    case 'unreachable': {
                      const e = variant51.val;
                      
                      var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                      var ptr50= encodeRes.ptr;
                      var len50 = encodeRes.len;
                      
                      variant51_0 = 1;
                      variant51_1 = ptr50;
                      variant51_2 = len50;
                      variant51_3 = 0;
                      break;
                    }
                    default: {
                      throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant51.tag)}\` (received \`${variant51}\`) specified for \`TalkAnswer\``);
                    }
                  }
                  variant52_0 = 1;
                  variant52_1 = variant51_0;
                  variant52_2 = variant51_1;
                  variant52_3 = variant51_2;
                  variant52_4 = variant51_3;
                }
                variant85_0 = 5;
                variant85_1 = variant44_0;
                variant85_2 = variant44_1;
                variant85_3 = BigInt(BigInt(variant44_2));
                variant85_4 = variant52_0;
                variant85_5 = variant52_1;
                variant85_6 = variant52_2;
                variant85_7 = variant52_3;
                variant85_8 = variant52_4;
                variant85_9 = 0;
                variant85_10 = 0;
                variant85_11 = 0;
                break;
              }
              case 'responder-failed': {
                const e = variant85.val;
                var [tuple53_0, tuple53_1] = e;
                var {kind: v54_0, reason: v54_1 } = tuple53_0;
                var val55 = v54_0;
                let enum55;
                switch (val55) {
                  case 'timeout': {
                    enum55 = 0;
                    break;
                  }
                  case 'rate-limited': {
                    enum55 = 1;
                    break;
                  }
                  case 'server-error': {
                    enum55 = 2;
                    break;
                  }
                  case 'connection': {
                    enum55 = 3;
                    break;
                  }
                  case 'refused': {
                    enum55 = 4;
                    break;
                  }
                  case 'failed': {
                    enum55 = 5;
                    break;
                  }
                  default: {
                    if ((v54_0) instanceof Error) {
                      console.error(v54_0);
                    }
                    
                    throw new TypeError(`"${val55}" is not one of the cases of failure-kind`);
                  }
                }
                
                var encodeRes = _utf8AllocateAndEncode(v54_1, realloc0, memory0);
                var ptr56= encodeRes.ptr;
                var len56 = encodeRes.len;
                
                var variant64 = tuple53_1;
                let variant64_0;
                let variant64_1;
                let variant64_2;
                let variant64_3;
                let variant64_4;
                if (variant64 === null || variant64=== undefined) {
                  variant64_0 = 0;
                  variant64_1 = 0;
                  variant64_2 = 0;
                  variant64_3 = 0;
                  variant64_4 = 0;
                } else {
                  const e = variant64;
                  var variant63 = e;
                  let variant63_0;
                  let variant63_1;
                  let variant63_2;
                  let variant63_3;
                  switch (variant63.tag) {
                    case 'status': {
                      const e = variant63.val;
                      var [tuple57_0, tuple57_1] = e;
                      var vec61 = tuple57_1;
                      var len61 = vec61.length;
                      var result61 = realloc0(0, 0, 4, len61 * 16);
                      for (let i = 0; i < vec61.length; i++) {
                        const e = vec61[i];
                        const base = result61 + i * 16;var [tuple58_0, tuple58_1] = e;
                        
                        var encodeRes = _utf8AllocateAndEncode(tuple58_0, realloc0, memory0);
                        var ptr59= encodeRes.ptr;
                        var len59 = encodeRes.len;
                        
                        dataView(memory0).setUint32(base + 4, len59, true);
                        dataView(memory0).setUint32(base + 0, ptr59, true);
                        
                        var encodeRes = _utf8AllocateAndEncode(tuple58_1, realloc0, memory0);
                        var ptr60= encodeRes.ptr;
                        var len60 = encodeRes.len;
                        
                        dataView(memory0).setUint32(base + 12, len60, true);
                        dataView(memory0).setUint32(base + 8, ptr60, true);
                      }
                      variant63_0 = 0;
                      variant63_1 = toUint16(tuple57_0);
                      variant63_2 = result61;
                      variant63_3 = len61;
                      break;
                    }
                    case 'unreachable': {
                      const e = variant63.val;
                      
                      var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                      var ptr62= encodeRes.ptr;
                      var len62 = encodeRes.len;
                      
                      variant63_0 = 1;
                      variant63_1 = ptr62;
                      variant63_2 = len62;
                      variant63_3 = 0;
                      break;
                    }
                    default: {
                      throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant63.tag)}\` (received \`${variant63}\`) specified for \`TalkAnswer\``);
                    }
                  }
                  variant64_0 = 1;
                  variant64_1 = variant63_0;
                  variant64_2 = variant63_1;
                  variant64_3 = variant63_2;
                  variant64_4 = variant63_3;
                }
                variant85_0 = 6;
                variant85_1 = enum55;
                variant85_2 = ptr56;
                variant85_3 = BigInt(BigInt(len56));
                variant85_4 = variant64_0;
                variant85_5 = variant64_1;
                variant85_6 = variant64_2;
                variant85_7 = variant64_3;
                variant85_8 = variant64_4;
                variant85_9 = 0;
                variant85_10 = 0;
                variant85_11 = 0;
                break;
              }
              case 'tool-answered': {
                const e = variant85.val;
                var {status: v65_0, headers: v65_1, body: v65_2 } = e;
                var vec69 = v65_1;
                var len69 = vec69.length;
                var result69 = realloc0(0, 0, 4, len69 * 16);
                for (let i = 0; i < vec69.length; i++) {
                  const e = vec69[i];
                  const base = result69 + i * 16;var [tuple66_0, tuple66_1] = e;
                  
                  var encodeRes = _utf8AllocateAndEncode(tuple66_0, realloc0, memory0);
                  var ptr67= encodeRes.ptr;
                  var len67 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 4, len67, true);
                  dataView(memory0).setUint32(base + 0, ptr67, true);
                  
                  var encodeRes = _utf8AllocateAndEncode(tuple66_1, realloc0, memory0);
                  var ptr68= encodeRes.ptr;
                  var len68 = encodeRes.len;
                  
                  dataView(memory0).setUint32(base + 12, len68, true);
                  dataView(memory0).setUint32(base + 8, ptr68, true);
                }
                var val70 = v65_2;
                var len70 = Array.isArray(val70) ? val70.length : val70.byteLength;
                var ptr70 = realloc0(0, 0, 1, len70 * 1);
                
                let valData70;
                const valLenBytes70 = len70 * 1;
                if (Array.isArray(val70)) {
                  // Regular array likely containing numbers, write values to memory
                  let offset = 0;
                  const dv70 = new DataView(memory0.buffer);
                  for (const v of val70) {
                    _requireValidNumericPrimitive.bind(null, 'u8')(v);
                    dv70.setUint8(ptr70+ offset, v, true);
                    offset += 1;
                  }
                } else {
                  // TypedArray / ArrayBuffer-like, direct copy
                  valData70 = new Uint8Array(val70.buffer || val70, val70.byteOffset, valLenBytes70);
                  const out70 = new Uint8Array(memory0.buffer, ptr70, valLenBytes70);
                  out70.set(valData70);
                }
                
                variant85_0 = 7;
                variant85_1 = toUint16(v65_0);
                variant85_2 = result69;
                variant85_3 = BigInt(BigInt(len69));
                variant85_4 = ptr70;
                variant85_5 = len70;
                variant85_6 = 0;
                variant85_7 = 0;
                variant85_8 = 0;
                variant85_9 = 0;
                variant85_10 = 0;
                variant85_11 = 0;
                break;
              }
              case 'tool-unreachable': {
                const e = variant85.val;
                var variant72 = e;
                let variant72_0;
                let variant72_1;
                let variant72_2;
                switch (variant72.tag) {
                  case 'timeout': {
                    variant72_0 = 0;
                    variant72_1 = 0;
                    variant72_2 = 0;
                    break;
                  }
                  case 'connection': {
                    const e = variant72.val;
                    
                    var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                    var ptr71= encodeRes.ptr;
                    var len71 = encodeRes.len;
                    
                    variant72_0 = 1;
                    variant72_1 = ptr71;
                    variant72_2 = len71;
                    break;
                  }
                  case 'too-large': {
                    variant72_0 = 2;
                    variant72_1 = 0;
                    variant72_2 = 0;
                    break;
                  }
                  default: {
                    throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant72.tag)}\` (received \`${variant72}\`) specified for \`TransportFailure\``);
                  }
                }
                variant85_0 = 8;
                variant85_1 = variant72_0;
                variant85_2 = variant72_1;
                variant85_3 = BigInt(BigInt(variant72_2));
                variant85_4 = 0;
                variant85_5 = 0;
                variant85_6 = 0;
                variant85_7 = 0;
                variant85_8 = 0;
                variant85_9 = 0;
                variant85_10 = 0;
                variant85_11 = 0;
                break;
              }
              case 'breaker': {
                const e = variant85.val;
                var variant76 = e;
                let variant76_0;
                let variant76_1;
                let variant76_2;
                let variant76_3;
                switch (variant76.tag) {
                  case 'clearance': {
                    const e = variant76.val;
                    var variant74 = e;
                    let variant74_0;
                    let variant74_1;
                    let variant74_2;
                    switch (variant74.tag) {
                      case 'send': {
                        variant74_0 = 0;
                        variant74_1 = 0n;
                        variant74_2 = 0;
                        break;
                      }
                      case 'wait-until': {
                        const e = variant74.val;
                        variant74_0 = 1;
                        variant74_1 = BigInt(toUint64(e));
                        variant74_2 = 0;
                        break;
                      }
                      case 'hold': {
                        const e = variant74.val;
                        
                        var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                        var ptr73= encodeRes.ptr;
                        var len73 = encodeRes.len;
                        
                        variant74_0 = 2;
                        variant74_1 = BigInt(ptr73);
                        variant74_2 = len73;
                        break;
                      }
                      default: {
                        throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant74.tag)}\` (received \`${variant74}\`) specified for \`Clearance\``);
                      }
                    }
                    variant76_0 = 0;
                    variant76_1 = variant74_0;
                    variant76_2 = variant74_1;
                    variant76_3 = variant74_2;
                    break;
                  }
                  case 'refusal': {
                    const e = variant76.val;
                    var variant75 = e;
                    let variant75_0;
                    let variant75_1;
                    switch (variant75.tag) {
                      case 'room': {
                        const e = variant75.val;
                        variant75_0 = 0;
                        variant75_1 = toUint32(e);
                        break;
                      }
                      case 'room-disabled': {
                        variant75_0 = 1;
                        variant75_1 = 0;
                        break;
                      }
                      case 'backend': {
                        const e = variant75.val;
                        variant75_0 = 2;
                        variant75_1 = e ? 1 : 0;
                        break;
                      }
                      default: {
                        throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant75.tag)}\` (received \`${variant75}\`) specified for \`Refusal\``);
                      }
                    }
                    variant76_0 = 1;
                    variant76_1 = variant75_0;
                    variant76_2 = BigInt(BigInt(variant75_1));
                    variant76_3 = 0;
                    break;
                  }
                  case 'locked': {
                    const e = variant76.val;
                    variant76_0 = 2;
                    variant76_1 = e ? 1 : 0;
                    variant76_2 = 0n;
                    variant76_3 = 0;
                    break;
                  }
                  case 'released': {
                    const e = variant76.val;
                    variant76_0 = 3;
                    variant76_1 = e ? 1 : 0;
                    variant76_2 = 0n;
                    variant76_3 = 0;
                    break;
                  }
                  case 'nothing': {
                    variant76_0 = 4;
                    variant76_1 = 0;
                    variant76_2 = 0n;
                    variant76_3 = 0;
                    break;
                  }
                  default: {
                    throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant76.tag)}\` (received \`${variant76}\`) specified for \`BreakerVerdict\``);
                  }
                }
                variant85_0 = 9;
                variant85_1 = variant76_0;
                variant85_2 = variant76_1;
                variant85_3 = variant76_2;
                variant85_4 = variant76_3;
                variant85_5 = 0;
                variant85_6 = 0;
                variant85_7 = 0;
                variant85_8 = 0;
                variant85_9 = 0;
                variant85_10 = 0;
                variant85_11 = 0;
                break;
              }
              case 'talk-answered': {
                const e = variant85.val;
                var variant83 = e;
                let variant83_0;
                let variant83_1;
                let variant83_2;
                let variant83_3;
                switch (variant83.tag) {
                  case 'status': {
                    const e = variant83.val;
                    var [tuple77_0, tuple77_1] = e;
                    var vec81 = tuple77_1;
                    var len81 = vec81.length;
                    var result81 = realloc0(0, 0, 4, len81 * 16);
                    for (let i = 0; i < vec81.length; i++) {
                      const e = vec81[i];
                      const base = result81 + i * 16;var [tuple78_0, tuple78_1] = e;
                      
                      var encodeRes = _utf8AllocateAndEncode(tuple78_0, realloc0, memory0);
                      var ptr79= encodeRes.ptr;
                      var len79 = encodeRes.len;
                      
                      dataView(memory0).setUint32(base + 4, len79, true);
                      dataView(memory0).setUint32(base + 0, ptr79, true);
                      
                      var encodeRes = _utf8AllocateAndEncode(tuple78_1, realloc0, memory0);
                      var ptr80= encodeRes.ptr;
                      var len80 = encodeRes.len;
                      
                      dataView(memory0).setUint32(base + 12, len80, true);
                      dataView(memory0).setUint32(base + 8, ptr80, true);
                    }
                    variant83_0 = 0;
                    variant83_1 = toUint16(tuple77_0);
                    variant83_2 = result81;
                    variant83_3 = len81;
                    break;
                  }
                  case 'unreachable': {
                    const e = variant83.val;
                    
                    var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                    var ptr82= encodeRes.ptr;
                    var len82 = encodeRes.len;
                    
                    variant83_0 = 1;
                    variant83_1 = ptr82;
                    variant83_2 = len82;
                    variant83_3 = 0;
                    break;
                  }
                  default: {
                    throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant83.tag)}\` (received \`${variant83}\`) specified for \`TalkAnswer\``);
                  }
                }
                variant85_0 = 10;
                variant85_1 = variant83_0;
                variant85_2 = variant83_1;
                variant85_3 = BigInt(variant83_2);
                variant85_4 = variant83_3;
                variant85_5 = 0;
                variant85_6 = 0;
                variant85_7 = 0;
                variant85_8 = 0;
                variant85_9 = 0;
                variant85_10 = 0;
                variant85_11 = 0;
                break;
              }
              case 'stored': {
                variant85_0 = 11;
                variant85_1 = 0;
                variant85_2 = 0;
                variant85_3 = 0n;
                variant85_4 = 0;
                variant85_5 = 0;
                variant85_6 = 0;
                variant85_7 = 0;
                variant85_8 = 0;
                variant85_9 = 0;
                variant85_10 = 0;
                variant85_11 = 0;
                break;
              }
              case 'unavailable': {
                const e = variant85.val;
                
                var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
                var ptr84= encodeRes.ptr;
                var len84 = encodeRes.len;
                
                variant85_0 = 12;
                variant85_1 = ptr84;
                variant85_2 = len84;
                variant85_3 = 0n;
                variant85_4 = 0;
                variant85_5 = 0;
                variant85_6 = 0;
                variant85_7 = 0;
                variant85_8 = 0;
                variant85_9 = 0;
                variant85_10 = 0;
                variant85_11 = 0;
                break;
              }
              default: {
                throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant85.tag)}\` (received \`${variant85}\`) specified for \`Input\``);
              }
            }
            _debugLog('[iface="nextcloud:talk-bot/job@0.3.0", function="[method]bot.step"][Instruction::CallWasm] enter', {
              funcName: '[method]bot.step',
              paramCount: 16,
              async: false,
              postReturn: true,
            });
            
            let ret;
            
            try {
              ret =  _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => job030MethodBotStep(handle0, ptr2, len2, variant85_0, variant85_1, variant85_2, variant85_3, variant85_4, variant85_5, variant85_6, variant85_7, variant85_8, variant85_9, variant85_10, variant85_11, toUint64(arg3)),
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
            
            let variant269;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var ptr86 = dataView(memory0).getUint32(ret + 8, true);
                var len86 = dataView(memory0).getUint32(ret + 12, true);
                if (ptr86 % 1 !== 0) throw new TypeError(`list pointer [${ptr86}] is not aligned to 1`);
                var result86 = new Uint8Array(memory0.buffer.slice(ptr86, ptr86 + len86 * 1));
                let variant263;
                switch (dataView(memory0).getUint8(ret + 16, true)) {
                  case 0: {
                    var ptr87 = dataView(memory0).getUint32(ret + 28, true);
                    var len87 = dataView(memory0).getUint32(ret + 32, true);
                    var result87 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr87, len87));
                    variant263= {
                      tag: 'load-settings',
                      val: [dataView(memory0).getInt32(ret + 24, true) >>> 0, result87]
                    };
                    break;
                  }
                  case 1: {
                    var ptr88 = dataView(memory0).getUint32(ret + 28, true);
                    var len88 = dataView(memory0).getUint32(ret + 32, true);
                    var result88 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr88, len88));
                    variant263= {
                      tag: 'load-memory',
                      val: {
                        backendIndex: dataView(memory0).getInt32(ret + 24, true) >>> 0,
                        token: result88,
                      }
                    };
                    break;
                  }
                  case 2: {
                    var ptr89 = dataView(memory0).getUint32(ret + 28, true);
                    var len89 = dataView(memory0).getUint32(ret + 32, true);
                    var result89 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr89, len89));
                    let variant91;
                    switch (dataView(memory0).getUint8(ret + 36, true)) {
                      case 0: {
                        variant91 = undefined;
                        break;
                      }
                      case 1: {
                        let enum90;
                        switch (dataView(memory0).getUint8(ret + 37, true)) {
                          case 0: {
                            enum90 = 'all';
                            break;
                          }
                          case 1: {
                            enum90 = 'mention';
                            break;
                          }
                          case 2: {
                            enum90 = 'off';
                            break;
                          }
                          default: {
                            throw new TypeError('invalid discriminant specified for Mode');
                          }
                        }
                        variant91 = enum90;
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    let variant93;
                    switch (dataView(memory0).getUint8(ret + 40, true)) {
                      case 0: {
                        variant93 = undefined;
                        break;
                      }
                      case 1: {
                        var ptr92 = dataView(memory0).getUint32(ret + 44, true);
                        var len92 = dataView(memory0).getUint32(ret + 48, true);
                        var result92 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr92, len92));
                        variant93 = result92;
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    let variant95;
                    switch (dataView(memory0).getUint8(ret + 52, true)) {
                      case 0: {
                        variant95 = undefined;
                        break;
                      }
                      case 1: {
                        var ptr94 = dataView(memory0).getUint32(ret + 56, true);
                        var len94 = dataView(memory0).getUint32(ret + 60, true);
                        var result94 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr94, len94));
                        variant95 = result94;
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    let variant97;
                    switch (dataView(memory0).getUint8(ret + 64, true)) {
                      case 0: {
                        variant97 = undefined;
                        break;
                      }
                      case 1: {
                        var ptr96 = dataView(memory0).getUint32(ret + 68, true);
                        var len96 = dataView(memory0).getUint32(ret + 72, true);
                        var result96 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr96, len96));
                        variant97 = result96;
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    variant263= {
                      tag: 'store-settings',
                      val: [dataView(memory0).getInt32(ret + 24, true) >>> 0, result89, {
                        mode: variant91,
                        persona: variant93,
                        schedules: variant95,
                        approvals: variant97,
                      }]
                    };
                    break;
                  }
                  case 3: {
                    var ptr98 = dataView(memory0).getUint32(ret + 28, true);
                    var len98 = dataView(memory0).getUint32(ret + 32, true);
                    var result98 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr98, len98));
                    var len105 = dataView(memory0).getUint32(ret + 40, true);
                    var base105 = dataView(memory0).getUint32(ret + 36, true);
                    if (base105 % 4 !== 0) throw new TypeError(`list pointer [${base105}] is not aligned to 4`);
                    var result105 = [];
                    for (let i = 0; i < len105; i++) {
                      const base = base105 + i * 44;
                      var ptr99 = dataView(memory0).getUint32(base + 0, true);
                      var len99 = dataView(memory0).getUint32(base + 4, true);
                      var result99 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr99, len99));
                      var ptr100 = dataView(memory0).getUint32(base + 8, true);
                      var len100 = dataView(memory0).getUint32(base + 12, true);
                      var result100 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr100, len100));
                      var ptr101 = dataView(memory0).getUint32(base + 16, true);
                      var len101 = dataView(memory0).getUint32(base + 20, true);
                      var result101 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr101, len101));
                      let enum102;
                      switch (dataView(memory0).getUint8(base + 24, true)) {
                        case 0: {
                          enum102 = 'user';
                          break;
                        }
                        case 1: {
                          enum102 = 'assistant';
                          break;
                        }
                        default: {
                          throw new TypeError('invalid discriminant specified for Role');
                        }
                      }
                      var ptr103 = dataView(memory0).getUint32(base + 28, true);
                      var len103 = dataView(memory0).getUint32(base + 32, true);
                      var result103 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr103, len103));
                      var ptr104 = dataView(memory0).getUint32(base + 36, true);
                      var len104 = dataView(memory0).getUint32(base + 40, true);
                      var result104 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr104, len104));
                      result105.push({
                        thread: result99,
                        messageId: result100,
                        asker: result101,
                        turn: {
                          role: enum102,
                          author: result103,
                          text: result104,
                        },
                      });
                    }
                    variant263= {
                      tag: 'remember',
                      val: [{
                        backendIndex: dataView(memory0).getInt32(ret + 24, true) >>> 0,
                        token: result98,
                      }, result105, dataView(memory0).getInt32(ret + 44, true) >>> 0]
                    };
                    break;
                  }
                  case 4: {
                    var ptr106 = dataView(memory0).getUint32(ret + 28, true);
                    var len106 = dataView(memory0).getUint32(ret + 32, true);
                    var result106 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr106, len106));
                    let variant109;
                    switch (dataView(memory0).getUint8(ret + 36, true)) {
                      case 0: {
                        variant109 = undefined;
                        break;
                      }
                      case 1: {
                        var len108 = dataView(memory0).getUint32(ret + 44, true);
                        var base108 = dataView(memory0).getUint32(ret + 40, true);
                        if (base108 % 4 !== 0) throw new TypeError(`list pointer [${base108}] is not aligned to 4`);
                        var result108 = [];
                        for (let i = 0; i < len108; i++) {
                          const base = base108 + i * 8;
                          var ptr107 = dataView(memory0).getUint32(base + 0, true);
                          var len107 = dataView(memory0).getUint32(base + 4, true);
                          var result107 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr107, len107));
                          result108.push(result107);
                        }
                        variant109 = result108;
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    variant263= {
                      tag: 'erase',
                      val: {
                        key: {
                          backendIndex: dataView(memory0).getInt32(ret + 24, true) >>> 0,
                          token: result106,
                        },
                        questions: variant109,
                      }
                    };
                    break;
                  }
                  case 5: {
                    var ptr110 = dataView(memory0).getUint32(ret + 28, true);
                    var len110 = dataView(memory0).getUint32(ret + 32, true);
                    var result110 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr110, len110));
                    variant263= {
                      tag: 'forget',
                      val: [dataView(memory0).getInt32(ret + 24, true) >>> 0, result110]
                    };
                    break;
                  }
                  case 6: {
                    var ptr111 = dataView(memory0).getUint32(ret + 24, true);
                    var len111 = dataView(memory0).getUint32(ret + 28, true);
                    var result111 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr111, len111));
                    let enum112;
                    switch (dataView(memory0).getUint8(ret + 32, true)) {
                      case 0: {
                        enum112 = 'get';
                        break;
                      }
                      case 1: {
                        enum112 = 'post';
                        break;
                      }
                      case 2: {
                        enum112 = 'delete';
                        break;
                      }
                      default: {
                        throw new TypeError('invalid discriminant specified for HttpMethod');
                      }
                    }
                    var ptr113 = dataView(memory0).getUint32(ret + 36, true);
                    var len113 = dataView(memory0).getUint32(ret + 40, true);
                    var result113 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr113, len113));
                    var len116 = dataView(memory0).getUint32(ret + 48, true);
                    var base116 = dataView(memory0).getUint32(ret + 44, true);
                    if (base116 % 4 !== 0) throw new TypeError(`list pointer [${base116}] is not aligned to 4`);
                    var result116 = [];
                    for (let i = 0; i < len116; i++) {
                      const base = base116 + i * 16;
                      var ptr114 = dataView(memory0).getUint32(base + 0, true);
                      var len114 = dataView(memory0).getUint32(base + 4, true);
                      var result114 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr114, len114));
                      var ptr115 = dataView(memory0).getUint32(base + 8, true);
                      var len115 = dataView(memory0).getUint32(base + 12, true);
                      var result115 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr115, len115));
                      result116.push([result114, result115]);
                    }
                    var ptr117 = dataView(memory0).getUint32(ret + 52, true);
                    var len117 = dataView(memory0).getUint32(ret + 56, true);
                    var result117 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr117, len117));
                    let variant134;
                    switch (dataView(memory0).getUint8(ret + 64, true)) {
                      case 0: {
                        variant134 = undefined;
                        break;
                      }
                      case 1: {
                        let enum118;
                        switch (dataView(memory0).getUint8(ret + 80, true)) {
                          case 0: {
                            enum118 = 'get';
                            break;
                          }
                          case 1: {
                            enum118 = 'post';
                            break;
                          }
                          case 2: {
                            enum118 = 'delete';
                            break;
                          }
                          default: {
                            throw new TypeError('invalid discriminant specified for HttpMethod');
                          }
                        }
                        var ptr119 = dataView(memory0).getUint32(ret + 84, true);
                        var len119 = dataView(memory0).getUint32(ret + 88, true);
                        var result119 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr119, len119));
                        var len122 = dataView(memory0).getUint32(ret + 96, true);
                        var base122 = dataView(memory0).getUint32(ret + 92, true);
                        if (base122 % 4 !== 0) throw new TypeError(`list pointer [${base122}] is not aligned to 4`);
                        var result122 = [];
                        for (let i = 0; i < len122; i++) {
                          const base = base122 + i * 16;
                          var ptr120 = dataView(memory0).getUint32(base + 0, true);
                          var len120 = dataView(memory0).getUint32(base + 4, true);
                          var result120 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr120, len120));
                          var ptr121 = dataView(memory0).getUint32(base + 8, true);
                          var len121 = dataView(memory0).getUint32(base + 12, true);
                          var result121 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr121, len121));
                          result122.push([result120, result121]);
                        }
                        var ptr123 = dataView(memory0).getUint32(ret + 100, true);
                        var len123 = dataView(memory0).getUint32(ret + 104, true);
                        var result123 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr123, len123));
                        let variant133;
                        switch (dataView(memory0).getUint8(ret + 112, true)) {
                          case 0: {
                            variant133 = undefined;
                            break;
                          }
                          case 1: {
                            var ptr124 = dataView(memory0).getUint32(ret + 124, true);
                            var len124 = dataView(memory0).getUint32(ret + 128, true);
                            var result124 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr124, len124));
                            let variant125;
                            switch (dataView(memory0).getUint8(ret + 136, true)) {
                              case 0: {
                                variant125 = undefined;
                                break;
                              }
                              case 1: {
                                variant125 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 144, true)));
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            let variant127;
                            switch (dataView(memory0).getUint8(ret + 152, true)) {
                              case 0: {
                                variant127 = undefined;
                                break;
                              }
                              case 1: {
                                var ptr126 = dataView(memory0).getUint32(ret + 156, true);
                                var len126 = dataView(memory0).getUint32(ret + 160, true);
                                var result126 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr126, len126));
                                variant127 = result126;
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            var bool128 = dataView(memory0).getUint8(ret + 164, true);
                            let variant129;
                            switch (dataView(memory0).getUint8(ret + 168, true)) {
                              case 0: {
                                variant129 = undefined;
                                break;
                              }
                              case 1: {
                                variant129 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 176, true)));
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            let variant131;
                            switch (dataView(memory0).getUint8(ret + 184, true)) {
                              case 0: {
                                variant131 = undefined;
                                break;
                              }
                              case 1: {
                                var ptr130 = dataView(memory0).getUint32(ret + 188, true);
                                var len130 = dataView(memory0).getUint32(ret + 192, true);
                                var result130 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr130, len130));
                                variant131 = result130;
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            let variant132;
                            switch (dataView(memory0).getUint8(ret + 196, true)) {
                              case 0: {
                                variant132 = undefined;
                                break;
                              }
                              case 1: {
                                variant132 = dataView(memory0).getInt32(ret + 200, true) >>> 0;
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            variant133 = {
                              index: dataView(memory0).getInt32(ret + 120, true) >>> 0,
                              text: result124,
                              options: {
                                replyTo: variant125,
                                referenceId: variant127,
                                silent: bool128 == 0 ? false : (bool128 == 1 ? true : throwInvalidBool()),
                                threadId: variant129,
                                threadTitle: variant131,
                                maxLength: variant132,
                              },
                            };
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        variant134 = {
                          at: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 72, true))),
                          request: {
                            method: enum118,
                            url: result119,
                            headers: result122,
                            body: result123,
                            chunk: variant133,
                          },
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    variant263= {
                      tag: 'ask-model',
                      val: {
                        responder: result111,
                        request: {
                          method: enum112,
                          url: result113,
                          headers: result116,
                          body: result117,
                        },
                        reaction: variant134,
                      }
                    };
                    break;
                  }
                  case 7: {
                    var ptr135 = dataView(memory0).getUint32(ret + 24, true);
                    var len135 = dataView(memory0).getUint32(ret + 28, true);
                    var result135 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr135, len135));
                    var ptr136 = dataView(memory0).getUint32(ret + 32, true);
                    var len136 = dataView(memory0).getUint32(ret + 36, true);
                    var result136 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr136, len136));
                    let variant165;
                    switch (dataView(memory0).getUint8(ret + 40, true)) {
                      case 0: {
                        let variant156;
                        switch (dataView(memory0).getUint8(ret + 48, true)) {
                          case 0: {
                            variant156 = undefined;
                            break;
                          }
                          case 1: {
                            let variant138;
                            switch (dataView(memory0).getUint8(ret + 56, true)) {
                              case 0: {
                                variant138= {
                                  tag: 'users',
                                };
                                break;
                              }
                              case 1: {
                                variant138= {
                                  tag: 'guests',
                                };
                                break;
                              }
                              case 2: {
                                variant138= {
                                  tag: 'emails',
                                };
                                break;
                              }
                              case 3: {
                                variant138= {
                                  tag: 'federated-users',
                                };
                                break;
                              }
                              case 4: {
                                variant138= {
                                  tag: 'bots',
                                };
                                break;
                              }
                              case 5: {
                                variant138= {
                                  tag: 'bridged',
                                };
                                break;
                              }
                              case 6: {
                                variant138= {
                                  tag: 'deleted-users',
                                };
                                break;
                              }
                              case 7: {
                                var ptr137 = dataView(memory0).getUint32(ret + 60, true);
                                var len137 = dataView(memory0).getUint32(ret + 64, true);
                                var result137 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr137, len137));
                                variant138= {
                                  tag: 'other',
                                  val: result137
                                };
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for ActorKind');
                              }
                            }
                            var ptr139 = dataView(memory0).getUint32(ret + 68, true);
                            var len139 = dataView(memory0).getUint32(ret + 72, true);
                            var result139 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr139, len139));
                            var ptr140 = dataView(memory0).getUint32(ret + 76, true);
                            var len140 = dataView(memory0).getUint32(ret + 80, true);
                            var result140 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr140, len140));
                            var ptr141 = dataView(memory0).getUint32(ret + 84, true);
                            var len141 = dataView(memory0).getUint32(ret + 88, true);
                            var result141 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr141, len141));
                            let variant142;
                            switch (dataView(memory0).getUint8(ret + 92, true)) {
                              case 0: {
                                variant142 = undefined;
                                break;
                              }
                              case 1: {
                                variant142 = clampGuest(dataView(memory0).getUint8(ret + 93, true), 0, 255);
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            var ptr143 = dataView(memory0).getUint32(ret + 104, true);
                            var len143 = dataView(memory0).getUint32(ret + 108, true);
                            var result143 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr143, len143));
                            var ptr144 = dataView(memory0).getUint32(ret + 112, true);
                            var len144 = dataView(memory0).getUint32(ret + 116, true);
                            var result144 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr144, len144));
                            var len153 = dataView(memory0).getUint32(ret + 124, true);
                            var base153 = dataView(memory0).getUint32(ret + 120, true);
                            if (base153 % 4 !== 0) throw new TypeError(`list pointer [${base153}] is not aligned to 4`);
                            var result153 = [];
                            for (let i = 0; i < len153; i++) {
                              const base = base153 + i * 40;
                              var ptr145 = dataView(memory0).getUint32(base + 0, true);
                              var len145 = dataView(memory0).getUint32(base + 4, true);
                              var result145 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr145, len145));
                              var ptr146 = dataView(memory0).getUint32(base + 8, true);
                              var len146 = dataView(memory0).getUint32(base + 12, true);
                              var result146 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr146, len146));
                              var ptr147 = dataView(memory0).getUint32(base + 16, true);
                              var len147 = dataView(memory0).getUint32(base + 20, true);
                              var result147 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr147, len147));
                              var ptr148 = dataView(memory0).getUint32(base + 24, true);
                              var len148 = dataView(memory0).getUint32(base + 28, true);
                              var result148 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr148, len148));
                              var len152 = dataView(memory0).getUint32(base + 36, true);
                              var base152 = dataView(memory0).getUint32(base + 32, true);
                              if (base152 % 4 !== 0) throw new TypeError(`list pointer [${base152}] is not aligned to 4`);
                              var result152 = [];
                              for (let i = 0; i < len152; i++) {
                                const base = base152 + i * 20;
                                var ptr149 = dataView(memory0).getUint32(base + 0, true);
                                var len149 = dataView(memory0).getUint32(base + 4, true);
                                var result149 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr149, len149));
                                var ptr150 = dataView(memory0).getUint32(base + 8, true);
                                var len150 = dataView(memory0).getUint32(base + 12, true);
                                var result150 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr150, len150));
                                var bool151 = dataView(memory0).getUint8(base + 16, true);
                                result152.push({
                                  name: result149,
                                  value: result150,
                                  isJson: bool151 == 0 ? false : (bool151 == 1 ? true : throwInvalidBool()),
                                });
                              }
                              result153.push({
                                key: result145,
                                objectType: result146,
                                id: result147,
                                name: result148,
                                fields: result152,
                              });
                            }
                            var ptr154 = dataView(memory0).getUint32(ret + 128, true);
                            var len154 = dataView(memory0).getUint32(ret + 132, true);
                            var result154 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr154, len154));
                            var ptr155 = dataView(memory0).getUint32(ret + 136, true);
                            var len155 = dataView(memory0).getUint32(ret + 140, true);
                            var result155 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr155, len155));
                            variant156 = {
                              author: {
                                kind: variant138,
                                id: result139,
                                rawId: result140,
                                name: result141,
                                participantType: variant142,
                              },
                              message: {
                                id: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 96, true))),
                                name: result143,
                                template: result144,
                                parameters: result153,
                                mediaType: result154,
                                contentJson: result155,
                              },
                            };
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        variant165= {
                          tag: 'create',
                          val: variant156
                        };
                        break;
                      }
                      case 1: {
                        variant165= {
                          tag: 'activity',
                        };
                        break;
                      }
                      case 2: {
                        var ptr157 = dataView(memory0).getUint32(ret + 48, true);
                        var len157 = dataView(memory0).getUint32(ret + 52, true);
                        var result157 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr157, len157));
                        variant165= {
                          tag: 'like',
                          val: result157
                        };
                        break;
                      }
                      case 3: {
                        var ptr158 = dataView(memory0).getUint32(ret + 48, true);
                        var len158 = dataView(memory0).getUint32(ret + 52, true);
                        var result158 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr158, len158));
                        let variant160;
                        switch (dataView(memory0).getUint8(ret + 56, true)) {
                          case 0: {
                            variant160= {
                              tag: 'users',
                            };
                            break;
                          }
                          case 1: {
                            variant160= {
                              tag: 'guests',
                            };
                            break;
                          }
                          case 2: {
                            variant160= {
                              tag: 'emails',
                            };
                            break;
                          }
                          case 3: {
                            variant160= {
                              tag: 'federated-users',
                            };
                            break;
                          }
                          case 4: {
                            variant160= {
                              tag: 'bots',
                            };
                            break;
                          }
                          case 5: {
                            variant160= {
                              tag: 'bridged',
                            };
                            break;
                          }
                          case 6: {
                            variant160= {
                              tag: 'deleted-users',
                            };
                            break;
                          }
                          case 7: {
                            var ptr159 = dataView(memory0).getUint32(ret + 60, true);
                            var len159 = dataView(memory0).getUint32(ret + 64, true);
                            var result159 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr159, len159));
                            variant160= {
                              tag: 'other',
                              val: result159
                            };
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for ActorKind');
                          }
                        }
                        var ptr161 = dataView(memory0).getUint32(ret + 68, true);
                        var len161 = dataView(memory0).getUint32(ret + 72, true);
                        var result161 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr161, len161));
                        var ptr162 = dataView(memory0).getUint32(ret + 76, true);
                        var len162 = dataView(memory0).getUint32(ret + 80, true);
                        var result162 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr162, len162));
                        var ptr163 = dataView(memory0).getUint32(ret + 84, true);
                        var len163 = dataView(memory0).getUint32(ret + 88, true);
                        var result163 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr163, len163));
                        let variant164;
                        switch (dataView(memory0).getUint8(ret + 92, true)) {
                          case 0: {
                            variant164 = undefined;
                            break;
                          }
                          case 1: {
                            variant164 = clampGuest(dataView(memory0).getUint8(ret + 93, true), 0, 255);
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        variant165= {
                          tag: 'undo',
                          val: {
                            reaction: result158,
                            messageAuthor: {
                              kind: variant160,
                              id: result161,
                              rawId: result162,
                              name: result163,
                              participantType: variant164,
                            },
                          }
                        };
                        break;
                      }
                      case 4: {
                        variant165= {
                          tag: 'join',
                        };
                        break;
                      }
                      case 5: {
                        variant165= {
                          tag: 'leave',
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for EventKind');
                      }
                    }
                    let variant167;
                    switch (dataView(memory0).getUint8(ret + 144, true)) {
                      case 0: {
                        variant167= {
                          tag: 'users',
                        };
                        break;
                      }
                      case 1: {
                        variant167= {
                          tag: 'guests',
                        };
                        break;
                      }
                      case 2: {
                        variant167= {
                          tag: 'emails',
                        };
                        break;
                      }
                      case 3: {
                        variant167= {
                          tag: 'federated-users',
                        };
                        break;
                      }
                      case 4: {
                        variant167= {
                          tag: 'bots',
                        };
                        break;
                      }
                      case 5: {
                        variant167= {
                          tag: 'bridged',
                        };
                        break;
                      }
                      case 6: {
                        variant167= {
                          tag: 'deleted-users',
                        };
                        break;
                      }
                      case 7: {
                        var ptr166 = dataView(memory0).getUint32(ret + 148, true);
                        var len166 = dataView(memory0).getUint32(ret + 152, true);
                        var result166 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr166, len166));
                        variant167= {
                          tag: 'other',
                          val: result166
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for ActorKind');
                      }
                    }
                    var ptr168 = dataView(memory0).getUint32(ret + 156, true);
                    var len168 = dataView(memory0).getUint32(ret + 160, true);
                    var result168 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr168, len168));
                    var ptr169 = dataView(memory0).getUint32(ret + 164, true);
                    var len169 = dataView(memory0).getUint32(ret + 168, true);
                    var result169 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr169, len169));
                    var ptr170 = dataView(memory0).getUint32(ret + 172, true);
                    var len170 = dataView(memory0).getUint32(ret + 176, true);
                    var result170 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr170, len170));
                    let variant171;
                    switch (dataView(memory0).getUint8(ret + 180, true)) {
                      case 0: {
                        variant171 = undefined;
                        break;
                      }
                      case 1: {
                        variant171 = clampGuest(dataView(memory0).getUint8(ret + 181, true), 0, 255);
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    var ptr172 = dataView(memory0).getUint32(ret + 184, true);
                    var len172 = dataView(memory0).getUint32(ret + 188, true);
                    var result172 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr172, len172));
                    var ptr173 = dataView(memory0).getUint32(ret + 192, true);
                    var len173 = dataView(memory0).getUint32(ret + 196, true);
                    var result173 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr173, len173));
                    let variant187;
                    switch (dataView(memory0).getUint8(ret + 200, true)) {
                      case 0: {
                        variant187 = undefined;
                        break;
                      }
                      case 1: {
                        var ptr174 = dataView(memory0).getUint32(ret + 216, true);
                        var len174 = dataView(memory0).getUint32(ret + 220, true);
                        var result174 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr174, len174));
                        var ptr175 = dataView(memory0).getUint32(ret + 224, true);
                        var len175 = dataView(memory0).getUint32(ret + 228, true);
                        var result175 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr175, len175));
                        var len184 = dataView(memory0).getUint32(ret + 236, true);
                        var base184 = dataView(memory0).getUint32(ret + 232, true);
                        if (base184 % 4 !== 0) throw new TypeError(`list pointer [${base184}] is not aligned to 4`);
                        var result184 = [];
                        for (let i = 0; i < len184; i++) {
                          const base = base184 + i * 40;
                          var ptr176 = dataView(memory0).getUint32(base + 0, true);
                          var len176 = dataView(memory0).getUint32(base + 4, true);
                          var result176 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr176, len176));
                          var ptr177 = dataView(memory0).getUint32(base + 8, true);
                          var len177 = dataView(memory0).getUint32(base + 12, true);
                          var result177 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr177, len177));
                          var ptr178 = dataView(memory0).getUint32(base + 16, true);
                          var len178 = dataView(memory0).getUint32(base + 20, true);
                          var result178 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr178, len178));
                          var ptr179 = dataView(memory0).getUint32(base + 24, true);
                          var len179 = dataView(memory0).getUint32(base + 28, true);
                          var result179 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr179, len179));
                          var len183 = dataView(memory0).getUint32(base + 36, true);
                          var base183 = dataView(memory0).getUint32(base + 32, true);
                          if (base183 % 4 !== 0) throw new TypeError(`list pointer [${base183}] is not aligned to 4`);
                          var result183 = [];
                          for (let i = 0; i < len183; i++) {
                            const base = base183 + i * 20;
                            var ptr180 = dataView(memory0).getUint32(base + 0, true);
                            var len180 = dataView(memory0).getUint32(base + 4, true);
                            var result180 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr180, len180));
                            var ptr181 = dataView(memory0).getUint32(base + 8, true);
                            var len181 = dataView(memory0).getUint32(base + 12, true);
                            var result181 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr181, len181));
                            var bool182 = dataView(memory0).getUint8(base + 16, true);
                            result183.push({
                              name: result180,
                              value: result181,
                              isJson: bool182 == 0 ? false : (bool182 == 1 ? true : throwInvalidBool()),
                            });
                          }
                          result184.push({
                            key: result176,
                            objectType: result177,
                            id: result178,
                            name: result179,
                            fields: result183,
                          });
                        }
                        var ptr185 = dataView(memory0).getUint32(ret + 240, true);
                        var len185 = dataView(memory0).getUint32(ret + 244, true);
                        var result185 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr185, len185));
                        var ptr186 = dataView(memory0).getUint32(ret + 248, true);
                        var len186 = dataView(memory0).getUint32(ret + 252, true);
                        var result186 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr186, len186));
                        variant187 = {
                          id: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 208, true))),
                          name: result174,
                          template: result175,
                          parameters: result184,
                          mediaType: result185,
                          contentJson: result186,
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    let variant189;
                    switch (dataView(memory0).getUint8(ret + 256, true)) {
                      case 0: {
                        variant189 = undefined;
                        break;
                      }
                      case 1: {
                        var ptr188 = dataView(memory0).getUint32(ret + 260, true);
                        var len188 = dataView(memory0).getUint32(ret + 264, true);
                        var result188 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr188, len188));
                        variant189 = result188;
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    var ptr190 = dataView(memory0).getUint32(ret + 272, true);
                    var len190 = dataView(memory0).getUint32(ret + 276, true);
                    var result190 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr190, len190));
                    var ptr191 = dataView(memory0).getUint32(ret + 280, true);
                    var len191 = dataView(memory0).getUint32(ret + 284, true);
                    var result191 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr191, len191));
                    var ptr192 = dataView(memory0).getUint32(ret + 288, true);
                    var len192 = dataView(memory0).getUint32(ret + 292, true);
                    var result192 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr192, len192));
                    var ptr193 = dataView(memory0).getUint32(ret + 296, true);
                    var len193 = dataView(memory0).getUint32(ret + 300, true);
                    var result193 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr193, len193));
                    var len195 = dataView(memory0).getUint32(ret + 308, true);
                    var base195 = dataView(memory0).getUint32(ret + 304, true);
                    if (base195 % 4 !== 0) throw new TypeError(`list pointer [${base195}] is not aligned to 4`);
                    var result195 = [];
                    for (let i = 0; i < len195; i++) {
                      const base = base195 + i * 8;
                      var ptr194 = dataView(memory0).getUint32(base + 0, true);
                      var len194 = dataView(memory0).getUint32(base + 4, true);
                      var result194 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr194, len194));
                      result195.push(result194);
                    }
                    let variant196;
                    switch (dataView(memory0).getUint8(ret + 320, true)) {
                      case 0: {
                        variant196 = undefined;
                        break;
                      }
                      case 1: {
                        variant196 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 328, true)));
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    var ptr197 = dataView(memory0).getUint32(ret + 336, true);
                    var len197 = dataView(memory0).getUint32(ret + 340, true);
                    var result197 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr197, len197));
                    let variant201;
                    switch (dataView(memory0).getUint8(ret + 344, true)) {
                      case 0: {
                        variant201 = undefined;
                        break;
                      }
                      case 1: {
                        var ptr198 = dataView(memory0).getUint32(ret + 360, true);
                        var len198 = dataView(memory0).getUint32(ret + 364, true);
                        var result198 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr198, len198));
                        var ptr199 = dataView(memory0).getUint32(ret + 368, true);
                        var len199 = dataView(memory0).getUint32(ret + 372, true);
                        var result199 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr199, len199));
                        var bool200 = dataView(memory0).getUint8(ret + 376, true);
                        variant201 = {
                          id: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 352, true))),
                          author: result198,
                          text: result199,
                          byBot: bool200 == 0 ? false : (bool200 == 1 ? true : throwInvalidBool()),
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    var len205 = dataView(memory0).getUint32(ret + 396, true);
                    var base205 = dataView(memory0).getUint32(ret + 392, true);
                    if (base205 % 4 !== 0) throw new TypeError(`list pointer [${base205}] is not aligned to 4`);
                    var result205 = [];
                    for (let i = 0; i < len205; i++) {
                      const base = base205 + i * 20;
                      let enum202;
                      switch (dataView(memory0).getUint8(base + 0, true)) {
                        case 0: {
                          enum202 = 'user';
                          break;
                        }
                        case 1: {
                          enum202 = 'assistant';
                          break;
                        }
                        default: {
                          throw new TypeError('invalid discriminant specified for Role');
                        }
                      }
                      var ptr203 = dataView(memory0).getUint32(base + 4, true);
                      var len203 = dataView(memory0).getUint32(base + 8, true);
                      var result203 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr203, len203));
                      var ptr204 = dataView(memory0).getUint32(base + 12, true);
                      var len204 = dataView(memory0).getUint32(base + 16, true);
                      var result204 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr204, len204));
                      result205.push({
                        role: enum202,
                        author: result203,
                        text: result204,
                      });
                    }
                    let variant222;
                    switch (dataView(memory0).getUint8(ret + 400, true)) {
                      case 0: {
                        variant222 = undefined;
                        break;
                      }
                      case 1: {
                        let enum206;
                        switch (dataView(memory0).getUint8(ret + 416, true)) {
                          case 0: {
                            enum206 = 'get';
                            break;
                          }
                          case 1: {
                            enum206 = 'post';
                            break;
                          }
                          case 2: {
                            enum206 = 'delete';
                            break;
                          }
                          default: {
                            throw new TypeError('invalid discriminant specified for HttpMethod');
                          }
                        }
                        var ptr207 = dataView(memory0).getUint32(ret + 420, true);
                        var len207 = dataView(memory0).getUint32(ret + 424, true);
                        var result207 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr207, len207));
                        var len210 = dataView(memory0).getUint32(ret + 432, true);
                        var base210 = dataView(memory0).getUint32(ret + 428, true);
                        if (base210 % 4 !== 0) throw new TypeError(`list pointer [${base210}] is not aligned to 4`);
                        var result210 = [];
                        for (let i = 0; i < len210; i++) {
                          const base = base210 + i * 16;
                          var ptr208 = dataView(memory0).getUint32(base + 0, true);
                          var len208 = dataView(memory0).getUint32(base + 4, true);
                          var result208 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr208, len208));
                          var ptr209 = dataView(memory0).getUint32(base + 8, true);
                          var len209 = dataView(memory0).getUint32(base + 12, true);
                          var result209 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr209, len209));
                          result210.push([result208, result209]);
                        }
                        var ptr211 = dataView(memory0).getUint32(ret + 436, true);
                        var len211 = dataView(memory0).getUint32(ret + 440, true);
                        var result211 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr211, len211));
                        let variant221;
                        switch (dataView(memory0).getUint8(ret + 448, true)) {
                          case 0: {
                            variant221 = undefined;
                            break;
                          }
                          case 1: {
                            var ptr212 = dataView(memory0).getUint32(ret + 460, true);
                            var len212 = dataView(memory0).getUint32(ret + 464, true);
                            var result212 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr212, len212));
                            let variant213;
                            switch (dataView(memory0).getUint8(ret + 472, true)) {
                              case 0: {
                                variant213 = undefined;
                                break;
                              }
                              case 1: {
                                variant213 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 480, true)));
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            let variant215;
                            switch (dataView(memory0).getUint8(ret + 488, true)) {
                              case 0: {
                                variant215 = undefined;
                                break;
                              }
                              case 1: {
                                var ptr214 = dataView(memory0).getUint32(ret + 492, true);
                                var len214 = dataView(memory0).getUint32(ret + 496, true);
                                var result214 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr214, len214));
                                variant215 = result214;
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            var bool216 = dataView(memory0).getUint8(ret + 500, true);
                            let variant217;
                            switch (dataView(memory0).getUint8(ret + 504, true)) {
                              case 0: {
                                variant217 = undefined;
                                break;
                              }
                              case 1: {
                                variant217 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 512, true)));
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            let variant219;
                            switch (dataView(memory0).getUint8(ret + 520, true)) {
                              case 0: {
                                variant219 = undefined;
                                break;
                              }
                              case 1: {
                                var ptr218 = dataView(memory0).getUint32(ret + 524, true);
                                var len218 = dataView(memory0).getUint32(ret + 528, true);
                                var result218 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr218, len218));
                                variant219 = result218;
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            let variant220;
                            switch (dataView(memory0).getUint8(ret + 532, true)) {
                              case 0: {
                                variant220 = undefined;
                                break;
                              }
                              case 1: {
                                variant220 = dataView(memory0).getInt32(ret + 536, true) >>> 0;
                                break;
                              }
                              default: {
                                throw new TypeError('invalid variant discriminant for option');
                              }
                            }
                            variant221 = {
                              index: dataView(memory0).getInt32(ret + 456, true) >>> 0,
                              text: result212,
                              options: {
                                replyTo: variant213,
                                referenceId: variant215,
                                silent: bool216 == 0 ? false : (bool216 == 1 ? true : throwInvalidBool()),
                                threadId: variant217,
                                threadTitle: variant219,
                                maxLength: variant220,
                              },
                            };
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        variant222 = {
                          at: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 408, true))),
                          request: {
                            method: enum206,
                            url: result207,
                            headers: result210,
                            body: result211,
                            chunk: variant221,
                          },
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    variant263= {
                      tag: 'run-responder',
                      val: {
                        responder: result135,
                        backend: result136,
                        event: {
                          kind: variant165,
                          actor: {
                            kind: variant167,
                            id: result168,
                            rawId: result169,
                            name: result170,
                            participantType: variant171,
                          },
                          conversation: {
                            token: result172,
                            name: result173,
                          },
                          message: variant187,
                          published: variant189,
                        },
                        plan: {
                          text: result190,
                          author: result191,
                          persona: result192,
                          systemPrompt: result193,
                          responders: result195,
                          messageId: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 312, true))),
                          replyTo: variant196,
                          referenceId: result197,
                          quoted: variant201,
                          memoryTurns: dataView(memory0).getInt32(ret + 384, true) >>> 0,
                        },
                        history: result205,
                        reaction: variant222,
                      }
                    };
                    break;
                  }
                  case 8: {
                    var ptr223 = dataView(memory0).getUint32(ret + 24, true);
                    var len223 = dataView(memory0).getUint32(ret + 28, true);
                    var result223 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr223, len223));
                    let enum224;
                    switch (dataView(memory0).getUint8(ret + 32, true)) {
                      case 0: {
                        enum224 = 'get';
                        break;
                      }
                      case 1: {
                        enum224 = 'post';
                        break;
                      }
                      case 2: {
                        enum224 = 'delete';
                        break;
                      }
                      default: {
                        throw new TypeError('invalid discriminant specified for HttpMethod');
                      }
                    }
                    var ptr225 = dataView(memory0).getUint32(ret + 36, true);
                    var len225 = dataView(memory0).getUint32(ret + 40, true);
                    var result225 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr225, len225));
                    var len228 = dataView(memory0).getUint32(ret + 48, true);
                    var base228 = dataView(memory0).getUint32(ret + 44, true);
                    if (base228 % 4 !== 0) throw new TypeError(`list pointer [${base228}] is not aligned to 4`);
                    var result228 = [];
                    for (let i = 0; i < len228; i++) {
                      const base = base228 + i * 16;
                      var ptr226 = dataView(memory0).getUint32(base + 0, true);
                      var len226 = dataView(memory0).getUint32(base + 4, true);
                      var result226 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr226, len226));
                      var ptr227 = dataView(memory0).getUint32(base + 8, true);
                      var len227 = dataView(memory0).getUint32(base + 12, true);
                      var result227 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr227, len227));
                      result228.push([result226, result227]);
                    }
                    var ptr229 = dataView(memory0).getUint32(ret + 52, true);
                    var len229 = dataView(memory0).getUint32(ret + 56, true);
                    var result229 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr229, len229));
                    let variant230;
                    switch (dataView(memory0).getUint8(ret + 64, true)) {
                      case 0: {
                        variant230 = undefined;
                        break;
                      }
                      case 1: {
                        variant230 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 72, true)));
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    variant263= {
                      tag: 'call-tool',
                      val: {
                        server: result223,
                        request: {
                          method: enum224,
                          url: result225,
                          headers: result228,
                          body: result229,
                        },
                        answerId: variant230,
                        timeoutMs: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 80, true))),
                        maxBytes: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 88, true))),
                      }
                    };
                    break;
                  }
                  case 9: {
                    let variant241;
                    switch (dataView(memory0).getUint8(ret + 32, true)) {
                      case 0: {
                        var ptr231 = dataView(memory0).getUint32(ret + 40, true);
                        var len231 = dataView(memory0).getUint32(ret + 44, true);
                        var result231 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr231, len231));
                        variant241= {
                          tag: 'ask',
                          val: [result231, dataView(memory0).getInt32(ret + 48, true) >>> 0]
                        };
                        break;
                      }
                      case 1: {
                        var ptr232 = dataView(memory0).getUint32(ret + 40, true);
                        var len232 = dataView(memory0).getUint32(ret + 44, true);
                        var result232 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr232, len232));
                        variant241= {
                          tag: 'refused',
                          val: [result232, dataView(memory0).getInt32(ret + 48, true) >>> 0]
                        };
                        break;
                      }
                      case 2: {
                        variant241= {
                          tag: 'counted',
                          val: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 40, true)))
                        };
                        break;
                      }
                      case 3: {
                        let variant237;
                        switch (dataView(memory0).getUint8(ret + 40, true)) {
                          case 0: {
                            var len235 = dataView(memory0).getUint32(ret + 52, true);
                            var base235 = dataView(memory0).getUint32(ret + 48, true);
                            if (base235 % 4 !== 0) throw new TypeError(`list pointer [${base235}] is not aligned to 4`);
                            var result235 = [];
                            for (let i = 0; i < len235; i++) {
                              const base = base235 + i * 16;
                              var ptr233 = dataView(memory0).getUint32(base + 0, true);
                              var len233 = dataView(memory0).getUint32(base + 4, true);
                              var result233 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr233, len233));
                              var ptr234 = dataView(memory0).getUint32(base + 8, true);
                              var len234 = dataView(memory0).getUint32(base + 12, true);
                              var result234 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr234, len234));
                              result235.push([result233, result234]);
                            }
                            variant237= {
                              tag: 'status',
                              val: [clampGuest(dataView(memory0).getUint16(ret + 44, true), 0, 65535), result235]
                            };
                            break;
                          }
                          case 1: {
                            var ptr236 = dataView(memory0).getUint32(ret + 44, true);
                            var len236 = dataView(memory0).getUint32(ret + 48, true);
                            var result236 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr236, len236));
                            variant237= {
                              tag: 'unreachable',
                              val: result236
                            };
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for TalkAnswer');
                          }
                        }
                        variant241= {
                          tag: 'answered',
                          val: variant237
                        };
                        break;
                      }
                      case 4: {
                        var ptr238 = dataView(memory0).getUint32(ret + 40, true);
                        var len238 = dataView(memory0).getUint32(ret + 44, true);
                        var result238 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr238, len238));
                        variant241= {
                          tag: 'accepted',
                          val: result238
                        };
                        break;
                      }
                      case 5: {
                        var ptr239 = dataView(memory0).getUint32(ret + 40, true);
                        var len239 = dataView(memory0).getUint32(ret + 44, true);
                        var result239 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr239, len239));
                        variant241= {
                          tag: 'room-alive',
                          val: result239
                        };
                        break;
                      }
                      case 6: {
                        var ptr240 = dataView(memory0).getUint32(ret + 40, true);
                        var len240 = dataView(memory0).getUint32(ret + 44, true);
                        var result240 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr240, len240));
                        variant241= {
                          tag: 'left',
                          val: result240
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for BreakerEvent');
                      }
                    }
                    variant263= {
                      tag: 'ask-breaker',
                      val: [dataView(memory0).getInt32(ret + 24, true) >>> 0, variant241]
                    };
                    break;
                  }
                  case 10: {
                    let enum242;
                    switch (dataView(memory0).getUint8(ret + 24, true)) {
                      case 0: {
                        enum242 = 'get';
                        break;
                      }
                      case 1: {
                        enum242 = 'post';
                        break;
                      }
                      case 2: {
                        enum242 = 'delete';
                        break;
                      }
                      default: {
                        throw new TypeError('invalid discriminant specified for HttpMethod');
                      }
                    }
                    var ptr243 = dataView(memory0).getUint32(ret + 28, true);
                    var len243 = dataView(memory0).getUint32(ret + 32, true);
                    var result243 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr243, len243));
                    var len246 = dataView(memory0).getUint32(ret + 40, true);
                    var base246 = dataView(memory0).getUint32(ret + 36, true);
                    if (base246 % 4 !== 0) throw new TypeError(`list pointer [${base246}] is not aligned to 4`);
                    var result246 = [];
                    for (let i = 0; i < len246; i++) {
                      const base = base246 + i * 16;
                      var ptr244 = dataView(memory0).getUint32(base + 0, true);
                      var len244 = dataView(memory0).getUint32(base + 4, true);
                      var result244 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr244, len244));
                      var ptr245 = dataView(memory0).getUint32(base + 8, true);
                      var len245 = dataView(memory0).getUint32(base + 12, true);
                      var result245 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr245, len245));
                      result246.push([result244, result245]);
                    }
                    var ptr247 = dataView(memory0).getUint32(ret + 44, true);
                    var len247 = dataView(memory0).getUint32(ret + 48, true);
                    var result247 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr247, len247));
                    let variant257;
                    switch (dataView(memory0).getUint8(ret + 56, true)) {
                      case 0: {
                        variant257 = undefined;
                        break;
                      }
                      case 1: {
                        var ptr248 = dataView(memory0).getUint32(ret + 68, true);
                        var len248 = dataView(memory0).getUint32(ret + 72, true);
                        var result248 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr248, len248));
                        let variant249;
                        switch (dataView(memory0).getUint8(ret + 80, true)) {
                          case 0: {
                            variant249 = undefined;
                            break;
                          }
                          case 1: {
                            variant249 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 88, true)));
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        let variant251;
                        switch (dataView(memory0).getUint8(ret + 96, true)) {
                          case 0: {
                            variant251 = undefined;
                            break;
                          }
                          case 1: {
                            var ptr250 = dataView(memory0).getUint32(ret + 100, true);
                            var len250 = dataView(memory0).getUint32(ret + 104, true);
                            var result250 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr250, len250));
                            variant251 = result250;
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        var bool252 = dataView(memory0).getUint8(ret + 108, true);
                        let variant253;
                        switch (dataView(memory0).getUint8(ret + 112, true)) {
                          case 0: {
                            variant253 = undefined;
                            break;
                          }
                          case 1: {
                            variant253 = BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 120, true)));
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        let variant255;
                        switch (dataView(memory0).getUint8(ret + 128, true)) {
                          case 0: {
                            variant255 = undefined;
                            break;
                          }
                          case 1: {
                            var ptr254 = dataView(memory0).getUint32(ret + 132, true);
                            var len254 = dataView(memory0).getUint32(ret + 136, true);
                            var result254 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr254, len254));
                            variant255 = result254;
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        let variant256;
                        switch (dataView(memory0).getUint8(ret + 140, true)) {
                          case 0: {
                            variant256 = undefined;
                            break;
                          }
                          case 1: {
                            variant256 = dataView(memory0).getInt32(ret + 144, true) >>> 0;
                            break;
                          }
                          default: {
                            throw new TypeError('invalid variant discriminant for option');
                          }
                        }
                        variant257 = {
                          index: dataView(memory0).getInt32(ret + 64, true) >>> 0,
                          text: result248,
                          options: {
                            replyTo: variant249,
                            referenceId: variant251,
                            silent: bool252 == 0 ? false : (bool252 == 1 ? true : throwInvalidBool()),
                            threadId: variant253,
                            threadTitle: variant255,
                            maxLength: variant256,
                          },
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for option');
                      }
                    }
                    variant263= {
                      tag: 'send',
                      val: {
                        method: enum242,
                        url: result243,
                        headers: result246,
                        body: result247,
                        chunk: variant257,
                      }
                    };
                    break;
                  }
                  case 11: {
                    var ptr258 = dataView(memory0).getUint32(ret + 32, true);
                    var len258 = dataView(memory0).getUint32(ret + 36, true);
                    var result258 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr258, len258));
                    variant263= {
                      tag: 'sleep-until',
                      val: {
                        at: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(ret + 24, true))),
                        why: result258,
                      }
                    };
                    break;
                  }
                  case 12: {
                    let variant262;
                    switch (dataView(memory0).getUint8(ret + 24, true)) {
                      case 0: {
                        variant262= {
                          tag: 'delivered',
                        };
                        break;
                      }
                      case 1: {
                        var ptr259 = dataView(memory0).getUint32(ret + 28, true);
                        var len259 = dataView(memory0).getUint32(ret + 32, true);
                        var result259 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr259, len259));
                        variant262= {
                          tag: 'ignored',
                          val: result259
                        };
                        break;
                      }
                      case 2: {
                        variant262= {
                          tag: 'silent',
                        };
                        break;
                      }
                      case 3: {
                        variant262= {
                          tag: 'left',
                        };
                        break;
                      }
                      case 4: {
                        var ptr260 = dataView(memory0).getUint32(ret + 28, true);
                        var len260 = dataView(memory0).getUint32(ret + 32, true);
                        var result260 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr260, len260));
                        variant262= {
                          tag: 'failed',
                          val: result260
                        };
                        break;
                      }
                      case 5: {
                        var ptr261 = dataView(memory0).getUint32(ret + 28, true);
                        var len261 = dataView(memory0).getUint32(ret + 32, true);
                        var result261 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr261, len261));
                        variant262= {
                          tag: 'failure-reply',
                          val: result261
                        };
                        break;
                      }
                      default: {
                        throw new TypeError('invalid variant discriminant for Outcome');
                      }
                    }
                    variant263= {
                      tag: 'done',
                      val: variant262
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for Action');
                  }
                }
                let variant265;
                switch (dataView(memory0).getUint8(ret + 544, true)) {
                  case 0: {
                    variant265 = undefined;
                    break;
                  }
                  case 1: {
                    var ptr264 = dataView(memory0).getUint32(ret + 548, true);
                    var len264 = dataView(memory0).getUint32(ret + 552, true);
                    var result264 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr264, len264));
                    variant265 = result264;
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for option');
                  }
                }
                variant269= {
                  tag: 'ok',
                  val: {
                    job: result86,
                    action: variant263,
                    log: variant265,
                  }
                };
                break;
              }
              case 1: {
                let variant268;
                switch (dataView(memory0).getUint8(ret + 8, true)) {
                  case 0: {
                    var ptr266 = dataView(memory0).getUint32(ret + 12, true);
                    var len266 = dataView(memory0).getUint32(ret + 16, true);
                    var result266 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr266, len266));
                    variant268= {
                      tag: 'unreadable',
                      val: result266
                    };
                    break;
                  }
                  case 1: {
                    var ptr267 = dataView(memory0).getUint32(ret + 12, true);
                    var len267 = dataView(memory0).getUint32(ret + 16, true);
                    var result267 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr267, len267));
                    variant268= {
                      tag: 'unexpected',
                      val: result267
                    };
                    break;
                  }
                  default: {
                    throw new TypeError('invalid variant discriminant for JobError');
                  }
                }
                variant269= {
                  tag: 'err',
                  val: variant268
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
            const retCopy = variant269;
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

