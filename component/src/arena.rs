//! The component's global allocator: a bump arena in static memory, then the standard one.
//!
//! Hosts like talkbot run a fresh instance per webhook. With the standard allocator alone, the
//! first allocations of every instance grow linear memory (a syscall in the host's pooling
//! allocator, plus fresh pages). The arena lives in `.bss`, inside the initial memory, so a
//! typical call allocates without growing. It is a bump allocator that starts over whenever
//! every arena allocation has been freed, which happens after each export call (the canonical
//! ABI's post-return frees the results), so instances that live long (jco, Spin) reuse it too.
//! What does not fit goes to the standard allocator. Wasm components are single-threaded.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;

const ARENA_BYTES: usize = 1 << 20;

#[repr(C, align(16))]
struct Arena(UnsafeCell<[u8; ARENA_BYTES]>);

/// Bump offset and number of live arena allocations.
struct Cursor(UnsafeCell<(usize, usize)>);

// SAFETY: a wasm32 component instance runs on one thread; nothing shares these across threads.
unsafe impl Sync for Arena {}
unsafe impl Sync for Cursor {}

static ARENA: Arena = Arena(UnsafeCell::new([0; ARENA_BYTES]));
static CURSOR: Cursor = Cursor(UnsafeCell::new((0, 0)));

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
        // SAFETY: single-threaded (see above); the cursor is only touched here and in dealloc.
        let cursor = unsafe { &mut *CURSOR.0.get() };
        let start = (base() + cursor.0).next_multiple_of(layout.align()) - base();
        match start.checked_add(layout.size()) {
            Some(end) if end <= ARENA_BYTES => {
                cursor.0 = end;
                cursor.1 += 1;
                (base() + start) as *mut u8
            }
            // SAFETY: forwarding the caller's valid layout.
            _ => unsafe { System.alloc(layout) },
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if in_arena(ptr) {
            // SAFETY: single-threaded.
            let cursor = unsafe { &mut *CURSOR.0.get() };
            cursor.1 -= 1;
            if cursor.1 == 0 {
                cursor.0 = 0;
            } else if ptr as usize + layout.size() == base() + cursor.0 {
                // The most recent allocation: give its bytes back.
                cursor.0 = ptr as usize - base();
            }
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
        // SAFETY: single-threaded.
        let cursor = unsafe { &mut *CURSOR.0.get() };
        let offset = ptr as usize - base();
        // The most recent allocation grows (or shrinks) in place when it fits.
        if offset + layout.size() == cursor.0 && offset + new_size <= ARENA_BYTES {
            cursor.0 = offset + new_size;
            return ptr;
        }
        if new_size <= layout.size() {
            return ptr;
        }
        // SAFETY: the layout's alignment is valid and new_size is non-zero (larger than before).
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
