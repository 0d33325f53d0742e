//! HMAC-SHA256 signatures of both directions, and hex.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

type HmacSha256 = Hmac<Sha256>;

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Lowercase hex of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(HEX[(b >> 4) as usize] as char);
        out.push(HEX[(b & 15) as usize] as char);
    }
    out
}

/// Decode exactly 64 hex digits (either case) into 32 bytes.
pub fn decode_hex32(text: &str) -> Result<[u8; 32], &'static str> {
    let bytes = text.as_bytes();
    if bytes.len() != 64 {
        return Err("expected 64 hex digits");
    }
    let mut out = [0u8; 32];
    for (i, pair) in bytes.chunks_exact(2).enumerate() {
        let hi = hex_digit(pair[0]).ok_or("not a hex digit")?;
        let lo = hex_digit(pair[1]).ok_or("not a hex digit")?;
        out[i] = hi << 4 | lo;
    }
    Ok(out)
}

fn hex_digit(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

fn mac(secret: &[u8], random: &[u8], data: &[u8]) -> HmacSha256 {
    // HMAC accepts keys of any length; new_from_slice cannot fail for it.
    let mut mac = match HmacSha256::new_from_slice(secret) {
        Ok(mac) => mac,
        Err(_) => unreachable!("HMAC takes keys of any length"),
    };
    mac.update(random);
    mac.update(data);
    mac
}

/// Lowercase hex HMAC-SHA256(secret, random ‖ data).
pub fn sign(secret: &[u8], random: &[u8], data: &[u8]) -> String {
    hex(&mac(secret, random, data).finalize().into_bytes())
}

/// Whether `expected` = HMAC-SHA256(secret, random ‖ data), compared in constant time.
pub fn matches(secret: &[u8], random: &[u8], data: &[u8], expected: &[u8; 32]) -> bool {
    mac(secret, random, data).verify_slice(expected).is_ok()
}

/// Lowercase hex SHA-256 of the parts, each followed by a NUL separator.
pub fn sha256_hex(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0u8]);
    }
    hex(&hasher.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trip_accepts_uppercase() {
        let sig = sign(b"k", b"r", b"d");
        let upper = sig.to_uppercase();
        assert_eq!(hex(&decode_hex32(&upper).unwrap()), sig);
        assert!(decode_hex32(&sig[..62]).is_err());
        assert!(decode_hex32(&format!("{}zz", &sig[..62])).is_err());
    }
}
