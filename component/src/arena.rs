//! The component's global allocator: a bump arena in static memory, then the standard one.
//!
//! Hosts like talkbot run a fresh instance per webhook. With the standard allocator alone, the
//! first allocations of every instance grow linear memory (a syscall in the host's pooling
//! allocator, plus fresh pages). The arena lives in `.bss`, inside the initial memory, so a
//! typical call allocates without growing. It is a bump allocator that starts over whenever
//! every arena allocation has been freed, which happens after each export call (the canonical
//! ABI's post-return frees the results), so instances that live long (jco, Spin) reuse it too.
//! What does not fit goes to the standard allocator. Wasm components are single-threaded.

// The statics below are shared without synchronisation, which is sound only because a wasm
// component instance is single-threaded. A build with wasm threads must not use this arena.
#[cfg(target_feature = "atomics")]
compile_error!("the arena allocator assumes a single thread: build without wasm atomics/threads");

#[cfg(target_arch = "wasm32")]
pub use global::{ArenaThenSystem, outside};

/// The arena's bookkeeping, apart from its memory (tested natively under proptest).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Bump {
    /// Bytes used from the start of the arena.
    pub end: usize,
    /// Arena blocks not yet freed.
    pub live: usize,
}

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
impl Bump {
    /// Offset of a new block of `size` bytes aligned to `align` (as an address, with the
    /// arena at `base`), or None when it does not fit in `capacity`.
    pub fn alloc(
        &mut self,
        base: usize,
        capacity: usize,
        size: usize,
        align: usize,
    ) -> Option<usize> {
        let start = (base + self.end).next_multiple_of(align) - base;
        let end = start.checked_add(size)?;
        if end > capacity {
            return None;
        }
        self.end = end;
        self.live += 1;
        Some(start)
    }

    /// Free the block at `offset` of `size` bytes: everything once the last one goes, or its
    /// bytes when it is the most recent.
    pub fn dealloc(&mut self, offset: usize, size: usize) {
        self.live -= 1;
        if self.live == 0 {
            self.end = 0;
        } else if offset + size == self.end {
            self.end = offset;
        }
    }

    /// Whether the block at `offset` can take `new_size` bytes where it is (the most recent
    /// one grows or shrinks in place; any block may shrink, keeping its larger reservation).
    pub fn resize_in_place(
        &mut self,
        offset: usize,
        size: usize,
        new_size: usize,
        capacity: usize,
    ) -> bool {
        if offset + size == self.end && offset + new_size <= capacity {
            self.end = offset + new_size;
            return true;
        }
        new_size <= size
    }
}

#[cfg(target_arch = "wasm32")]
mod global {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::cell::{Cell, UnsafeCell};

    use super::Bump;

    const ARENA_BYTES: usize = 1 << 20;

    #[repr(C, align(16))]
    struct Arena(UnsafeCell<[u8; ARENA_BYTES]>);

    struct Cursor(Cell<Bump>);

    // SAFETY: a wasm32 component instance runs on one thread (builds with threads are refused
    // above); nothing shares these across threads.
    unsafe impl Sync for Arena {}
    unsafe impl Sync for Cursor {}

    static ARENA: Arena = Arena(UnsafeCell::new([0; ARENA_BYTES]));
    static CURSOR: Cursor = Cursor(Cell::new(Bump { end: 0, live: 0 }));

    /// Set while allocations must bypass the arena (see [`outside`]).
    struct Bypass(Cell<bool>);
    // SAFETY: as for `Cursor`.
    unsafe impl Sync for Bypass {}
    static BYPASS: Bypass = Bypass(Cell::new(false));

    /// Run `f` with every allocation it makes going to the standard allocator. For what
    /// outlives the call that makes it — a resource such as the job machine's `bot` — whose
    /// arena blocks would otherwise stay live for good, so the arena would never start over
    /// again (and a host that drops instances whose memory grew would drop every one).
    pub fn outside<T>(f: impl FnOnce() -> T) -> T {
        let before = BYPASS.0.replace(true);
        let result = f();
        BYPASS.0.set(before);
        result
    }

    /// Arena first, then [`System`].
    pub struct ArenaThenSystem;

    fn base() -> usize {
        ARENA.0.get() as usize
    }

    fn in_arena(ptr: *mut u8) -> bool {
        (ptr as usize).wrapping_sub(base()) < ARENA_BYTES
    }

    unsafe impl GlobalAlloc for ArenaThenSystem {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            if BYPASS.0.get() {
                // SAFETY: forwarding the caller's valid layout.
                return unsafe { System.alloc(layout) };
            }
            let mut bump = CURSOR.0.get();
            match bump.alloc(base(), ARENA_BYTES, layout.size(), layout.align()) {
                Some(offset) => {
                    CURSOR.0.set(bump);
                    (base() + offset) as *mut u8
                }
                // SAFETY: forwarding the caller's valid layout.
                None => unsafe { System.alloc(layout) },
            }
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            if in_arena(ptr) {
                let mut bump = CURSOR.0.get();
                bump.dealloc(ptr as usize - base(), layout.size());
                CURSOR.0.set(bump);
            } else {
                // SAFETY: ptr came from System.alloc with this layout.
                unsafe { System.dealloc(ptr, layout) }
            }
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            if !in_arena(ptr) {
                // SAFETY: ptr came from System with this layout.
                return unsafe { System.realloc(ptr, layout, new_size) };
            }
            let mut bump = CURSOR.0.get();
            let in_place =
                bump.resize_in_place(ptr as usize - base(), layout.size(), new_size, ARENA_BYTES);
            CURSOR.0.set(bump);
            if in_place {
                return ptr;
            }
            // SAFETY: the layout's alignment is valid and new_size is non-zero (larger than
            // before, or it would have fitted in place).
            let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
            // SAFETY: as for alloc.
            let new = unsafe { self.alloc(new_layout) };
            if !new.is_null() {
                // SAFETY: both blocks are valid for layout.size() bytes and do not overlap.
                unsafe {
                    std::ptr::copy_nonoverlapping(ptr, new, layout.size());
                    self.dealloc(ptr, layout);
                }
            }
            new
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Bump;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Op {
        Alloc { size: usize, align_log2: u32 },
        Free(usize),
        Realloc(usize, usize),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (1usize..3000, 0u32..7).prop_map(|(size, align_log2)| Op::Alloc { size, align_log2 }),
            any::<usize>().prop_map(Op::Free),
            (any::<usize>(), 1usize..6000).prop_map(|(i, n)| Op::Realloc(i, n)),
        ]
    }

    /// A live block: offset, size the caller sees, the byte it was filled with.
    type Block = (usize, usize, u8);

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Sequences of alloc/dealloc/realloc as the global allocator drives them, on a real
        /// buffer: blocks never overlap, are aligned, keep their bytes, and the arena starts
        /// over once everything is freed.
        #[test]
        fn blocks_never_overlap_and_keep_their_bytes(ops in proptest::collection::vec(op(), 1..80)) {
            const CAPACITY: usize = 16 << 10;
            let mut memory = vec![0u8; CAPACITY + 64];
            let base = (memory.as_ptr() as usize).next_multiple_of(64);
            let shift = base - memory.as_ptr() as usize;
            let mut bump = Bump::default();
            let mut live: Vec<Block> = Vec::new();
            let mut fill = 1u8;
            for op in ops {
                match op {
                    Op::Alloc { size, align_log2 } => {
                        let align = 1usize << align_log2;
                        if let Some(offset) = bump.alloc(base, CAPACITY, size, align) {
                            prop_assert_eq!((base + offset) % align, 0);
                            memory[shift + offset..shift + offset + size].fill(fill);
                            live.push((offset, size, fill));
                            fill = fill.wrapping_add(1).max(1);
                        }
                    }
                    Op::Free(i) if !live.is_empty() => {
                        let (offset, size, _) = live.remove(i % live.len());
                        bump.dealloc(offset, size);
                    }
                    Op::Realloc(i, new_size) if !live.is_empty() => {
                        let i = i % live.len();
                        let (offset, size, byte) = live[i];
                        if bump.resize_in_place(offset, size, new_size, CAPACITY) {
                            memory[shift + offset..shift + offset + new_size.min(size)].fill(byte);
                            if new_size > size {
                                memory[shift + offset + size..shift + offset + new_size].fill(byte);
                            }
                            live[i] = (offset, new_size, byte);
                        } else if let Some(new) = bump.alloc(base, CAPACITY, new_size, 1) {
                            memory.copy_within(shift + offset..shift + offset + size, shift + new);
                            memory[shift + new + size..shift + new + new_size].fill(byte);
                            bump.dealloc(offset, size);
                            live[i] = (new, new_size, byte);
                        }
                    }
                    _ => {}
                }
                prop_assert_eq!(bump.live, live.len());
                if live.is_empty() {
                    prop_assert_eq!(bump, Bump::default());
                }
                let mut sorted = live.clone();
                sorted.sort();
                for pair in sorted.windows(2) {
                    prop_assert!(pair[0].0 + pair[0].1 <= pair[1].0, "overlap: {:?}", pair);
                }
                for &(offset, size, byte) in &live {
                    prop_assert!(offset + size <= CAPACITY);
                    prop_assert!(
                        memory[shift + offset..shift + offset + size].iter().all(|b| *b == byte),
                        "block at {} was overwritten", offset
                    );
                }
            }
        }
    }
}
