//! The job's bytes: a version byte, then the fields in a fixed order — unsigned LEB128
//! integers, length-prefixed byte strings, a tag byte for options and enums.
//!
//! Hand-written rather than a serde format: the state is a dozen fields, this is ~120 lines,
//! and a format crate (postcard, bincode) would add more to the component than the whole
//! machine. The round trip of every stage is tested in `tests.rs`.

/// Appends fields to a job's bytes.
#[derive(Default)]
pub struct Writer {
    out: Vec<u8>,
}

impl Writer {
    pub fn into_bytes(self) -> Vec<u8> {
        self.out
    }

    pub fn u64(&mut self, mut value: u64) {
        loop {
            let byte = (value & 0x7f) as u8;
            value >>= 7;
            if value == 0 {
                self.out.push(byte);
                return;
            }
            self.out.push(byte | 0x80);
        }
    }

    pub fn u32(&mut self, value: u32) {
        self.u64(value.into());
    }

    pub fn u8(&mut self, value: u8) {
        self.out.push(value);
    }

    pub fn bool(&mut self, value: bool) {
        self.out.push(value.into());
    }

    pub fn bytes(&mut self, value: &[u8]) {
        self.u64(value.len() as u64);
        self.out.extend_from_slice(value);
    }

    pub fn str(&mut self, value: &str) {
        self.bytes(value.as_bytes());
    }

    /// `None` as 0, `Some(v)` as 1 then `v`.
    pub fn option<T>(&mut self, value: Option<&T>, write: impl FnOnce(&mut Self, &T)) {
        match value {
            None => self.out.push(0),
            Some(v) => {
                self.out.push(1);
                write(self, v);
            }
        }
    }

    pub fn list<T>(&mut self, items: &[T], mut write: impl FnMut(&mut Self, &T)) {
        self.u64(items.len() as u64);
        for item in items {
            write(self, item);
        }
    }
}

/// Reads fields back in the order they were written; every read checks the bytes.
pub struct Reader<'a> {
    rest: &'a [u8],
}

/// The bytes end early or hold a value no writer writes.
#[derive(Debug)]
pub struct Unreadable(pub &'static str);

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { rest: bytes }
    }

    /// Whether every byte was read.
    pub fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    pub fn u8(&mut self) -> Result<u8, Unreadable> {
        let (&first, rest) = self.rest.split_first().ok_or(Unreadable("ends early"))?;
        self.rest = rest;
        Ok(first)
    }

    pub fn u64(&mut self) -> Result<u64, Unreadable> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.u8()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(Unreadable("an integer is too long"))
    }

    pub fn u32(&mut self) -> Result<u32, Unreadable> {
        u32::try_from(self.u64()?).map_err(|_| Unreadable("an integer is too large"))
    }

    pub fn bool(&mut self) -> Result<bool, Unreadable> {
        match self.u8()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(Unreadable("a flag is neither 0 nor 1")),
        }
    }

    pub fn bytes(&mut self) -> Result<Vec<u8>, Unreadable> {
        let len = usize::try_from(self.u64()?).map_err(|_| Unreadable("a length is too large"))?;
        if len > self.rest.len() {
            return Err(Unreadable("ends early"));
        }
        let (value, rest) = self.rest.split_at(len);
        self.rest = rest;
        Ok(value.to_vec())
    }

    pub fn string(&mut self) -> Result<String, Unreadable> {
        String::from_utf8(self.bytes()?).map_err(|_| Unreadable("a text is not UTF-8"))
    }

    pub fn option<T>(
        &mut self,
        read: impl FnOnce(&mut Self) -> Result<T, Unreadable>,
    ) -> Result<Option<T>, Unreadable> {
        match self.u8()? {
            0 => Ok(None),
            1 => read(self).map(Some),
            _ => Err(Unreadable("an option tag is neither 0 nor 1")),
        }
    }

    pub fn list<T>(
        &mut self,
        mut read: impl FnMut(&mut Self) -> Result<T, Unreadable>,
    ) -> Result<Vec<T>, Unreadable> {
        let len = self.u64()?;
        // Every item takes at least one byte: a length past the rest is a lie.
        if len > self.rest.len() as u64 {
            return Err(Unreadable("a list is longer than the bytes"));
        }
        (0..len).map(|_| read(self)).collect()
    }
}
