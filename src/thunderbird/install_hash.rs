//! The install hash that names `[Install<HASH>]` sections in `profiles.ini`.
//!
//! Gecko hashes the installation directory (the directory holding the
//! binary, no trailing separator) as UTF-16LE bytes with **CityHash64 of the
//! v1.0.x family** and prints it as `%llX`: uppercase hex, no zero padding.
//! CityHash v1.1 changed the mixing for inputs up to 64 bytes, so the common
//! crates (which implement v1.1) give a different hash for
//! `/usr/lib/thunderbird`. This is a fresh implementation of the v1.0.x
//! algorithm, checked against hashes that Thunderbird itself wrote.

use std::path::Path;

/// Gecko's install hash for `install_dir`, e.g. `FDC34C9F024745EB` for
/// `/usr/lib/thunderbird`.
///
/// The path is taken verbatim: on Windows its casing matters, and a trailing
/// separator would change the hash, so pass the directory exactly as
/// Thunderbird sees it (the directory of its executable).
pub fn install_hash(install_dir: &Path) -> String {
    let text = install_dir.to_string_lossy();
    let text = text.trim_end_matches(['/', '\\']);
    // Keep a root such as "/" intact rather than hashing an empty string.
    let text = if text.is_empty() { install_dir.to_string_lossy() } else { text.into() };
    let utf16le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    format!("{:X}", city_hash64_v1_0(&utf16le))
}

// Constants of CityHash v1.0.x.
const K0: u64 = 0xc3a5_c85c_97cb_3127;
const K1: u64 = 0xb492_b66f_be98_f273;
const K2: u64 = 0x9ae1_6a3b_2f90_404f;
const K3: u64 = 0xc949_d7c7_509e_6557;
const K_MUL: u64 = 0x9ddf_ea08_eb38_2d69;

fn fetch64(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(word)
}

fn fetch32(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 4];
    word.copy_from_slice(&bytes[at..at + 4]);
    u64::from(u32::from_le_bytes(word))
}

/// Right rotation; `rotate_right` already treats a shift of 0 as identity,
/// which is what both `Rotate` and `RotateByAtLeast1` of the reference need
/// for the shifts used here.
fn rotate(value: u64, shift: u32) -> u64 {
    value.rotate_right(shift)
}

fn shift_mix(value: u64) -> u64 {
    value ^ (value >> 47)
}

/// Murmur-inspired 128 → 64 bit reduction (`Hash128to64` in the reference).
fn hash_len16(low: u64, high: u64) -> u64 {
    let mut a = (low ^ high).wrapping_mul(K_MUL);
    a ^= a >> 47;
    let mut b = (high ^ a).wrapping_mul(K_MUL);
    b ^= b >> 47;
    b.wrapping_mul(K_MUL)
}

fn hash_len0to16(s: &[u8]) -> u64 {
    let len = s.len();
    if len > 8 {
        let a = fetch64(s, 0);
        let b = fetch64(s, len - 8);
        // The shift is `len`, 9..=16, so never 0.
        return hash_len16(a, rotate(b.wrapping_add(len as u64), len as u32)) ^ b;
    }
    if len >= 4 {
        let a = fetch32(s, 0);
        return hash_len16((len as u64).wrapping_add(a << 3), fetch32(s, len - 4));
    }
    if len > 0 {
        let a = u32::from(s[0]);
        let b = u32::from(s[len >> 1]);
        let c = u32::from(s[len - 1]);
        let y = a.wrapping_add(b << 8);
        let z = (len as u32).wrapping_add(c << 2);
        return shift_mix(u64::from(y).wrapping_mul(K2) ^ u64::from(z).wrapping_mul(K3)).wrapping_mul(K2);
    }
    K2
}

fn hash_len17to32(s: &[u8]) -> u64 {
    let len = s.len();
    let a = fetch64(s, 0).wrapping_mul(K1);
    let b = fetch64(s, 8);
    let c = fetch64(s, len - 8).wrapping_mul(K2);
    let d = fetch64(s, len - 16).wrapping_mul(K0);
    hash_len16(
        rotate(a.wrapping_sub(b), 43).wrapping_add(rotate(c, 30)).wrapping_add(d),
        a.wrapping_add(rotate(b ^ K3, 20)).wrapping_sub(c).wrapping_add(len as u64),
    )
}

fn hash_len33to64(s: &[u8]) -> u64 {
    let len = s.len();
    let mut z = fetch64(s, 24);
    let mut a = fetch64(s, 0).wrapping_add((len as u64).wrapping_add(fetch64(s, len - 16)).wrapping_mul(K0));
    let mut b = rotate(a.wrapping_add(z), 52);
    let mut c = rotate(a, 37);
    a = a.wrapping_add(fetch64(s, 8));
    c = c.wrapping_add(rotate(a, 7));
    a = a.wrapping_add(fetch64(s, 16));
    let vf = a.wrapping_add(z);
    let vs = b.wrapping_add(rotate(a, 31)).wrapping_add(c);
    a = fetch64(s, 16).wrapping_add(fetch64(s, len - 32));
    z = fetch64(s, len - 8);
    b = rotate(a.wrapping_add(z), 52);
    c = rotate(a, 37);
    a = a.wrapping_add(fetch64(s, len - 24));
    c = c.wrapping_add(rotate(a, 7));
    a = a.wrapping_add(fetch64(s, len - 16));
    let wf = a.wrapping_add(z);
    let ws = b.wrapping_add(rotate(a, 31)).wrapping_add(c);
    let r = shift_mix(vf.wrapping_add(ws).wrapping_mul(K2).wrapping_add(wf.wrapping_add(vs).wrapping_mul(K0)));
    shift_mix(r.wrapping_mul(K0).wrapping_add(vs)).wrapping_mul(K2)
}

/// A 16-byte hash of 32 bytes plus two seeds ("quick and dirty" in the
/// reference); returns the (first, second) halves.
fn weak_hash_len32_with_seeds(s: &[u8], at: usize, mut a: u64, mut b: u64) -> (u64, u64) {
    let w = fetch64(s, at);
    let x = fetch64(s, at + 8);
    let y = fetch64(s, at + 16);
    let z = fetch64(s, at + 24);
    a = a.wrapping_add(w);
    b = rotate(b.wrapping_add(a).wrapping_add(z), 21);
    let c = a;
    a = a.wrapping_add(x);
    a = a.wrapping_add(y);
    b = b.wrapping_add(rotate(a, 44));
    (a.wrapping_add(z), b.wrapping_add(c))
}

/// CityHash64 as in CityHash v1.0.x (the copy Gecko ships in
/// `other-licenses/nsis/Contrib/CityHash`).
fn city_hash64_v1_0(s: &[u8]) -> u64 {
    let len = s.len();
    if len <= 16 {
        return hash_len0to16(s);
    }
    if len <= 32 {
        return hash_len17to32(s);
    }
    if len <= 64 {
        return hash_len33to64(s);
    }

    // Longer inputs: hash the tail first, then walk 64-byte chunks from the
    // start, keeping 56 bytes of state in v, w, x, y and z.
    let mut x = fetch64(s, 0);
    let mut y = fetch64(s, len - 16) ^ K1;
    let mut z = fetch64(s, len - 56) ^ K0;
    let mut v = weak_hash_len32_with_seeds(s, len - 64, len as u64, y);
    let mut w = weak_hash_len32_with_seeds(s, len - 32, (len as u64).wrapping_mul(K1), K0);
    z = z.wrapping_add(shift_mix(v.1).wrapping_mul(K1));
    x = rotate(z.wrapping_add(x), 39).wrapping_mul(K1);
    y = rotate(y, 33).wrapping_mul(K1);

    // Round the length down to a multiple of 64 (a whole last chunk stays
    // in, a partial one is covered by the tail hash above).
    let mut remaining = (len - 1) & !63;
    let mut at = 0;
    loop {
        x = rotate(x.wrapping_add(y).wrapping_add(v.0).wrapping_add(fetch64(s, at + 16)), 37).wrapping_mul(K1);
        y = rotate(y.wrapping_add(v.1).wrapping_add(fetch64(s, at + 48)), 42).wrapping_mul(K1);
        x ^= w.1;
        y ^= v.0;
        z = rotate(z ^ w.0, 33);
        v = weak_hash_len32_with_seeds(s, at, v.1.wrapping_mul(K1), x.wrapping_add(w.0));
        w = weak_hash_len32_with_seeds(s, at + 32, z.wrapping_add(w.1), y);
        std::mem::swap(&mut z, &mut x);
        at += 64;
        remaining -= 64;
        if remaining == 0 {
            break;
        }
    }
    hash_len16(
        hash_len16(v.0, w.0).wrapping_add(shift_mix(y).wrapping_mul(K1)).wrapping_add(z),
        hash_len16(v.1, w.1).wrapping_add(x),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash_of(path: &str) -> String {
        install_hash(Path::new(path))
    }

    /// The vectors from the reference notes (§3.2); the first one is what
    /// Thunderbird 153.7 wrote on Debian.
    #[test]
    fn install_hash_matches_reference_vectors() {
        assert_eq!(hash_of("/usr/lib/thunderbird"), "FDC34C9F024745EB");
        assert_eq!(hash_of(r"C:\Program Files\Mozilla Firefox"), "308046B0AF4A39CB");
        assert_eq!(hash_of(r"C:\Program Files\Mozilla Thunderbird"), "D78BF5DD33499EC2");
        assert_eq!(hash_of("/Applications/Thunderbird.app/Contents/MacOS"), "712DAF5A23ABECDC");
    }

    /// Hashes that Thunderbird 153.8 itself wrote into `profiles.ini` when
    /// started from hard-linked copies of `/usr/lib/thunderbird` at these
    /// paths. Together they cover every length branch of the algorithm
    /// (4..=8, 9..=16, 17..=32, 33..=64 and several 64-byte chunks) and a
    /// non-ASCII path (UTF-16, not UTF-8).
    #[test]
    fn install_hash_matches_hashes_written_by_thunderbird() {
        let cases = [
            ("/tb", "9EE1A3F9BFE790A5"),
            ("/opt/tb", "5585C215202ACA6B"),
            ("/opt/tbird-x", "FCA3CBCFF979CA0F"),
            ("/opt/thunderbird", "9238613B8C3D2579"),
            ("/opt/thunderbird-153esr", "DDC5497DA06FCE55"),
            ("/tmp/tbhash/th\u{fc}nderbird", "33195BEAC73EC4AD"),
            (
                "/tmp/tbhash/a-very-long-directory-name-for-testing-the-city-hash-loop/thunderbird-install",
                "72CE5915375A6CF2",
            ),
            ("/tmp/tbhash/x/Thunderbird 153 ESR (portable)/app/thunderbird", "C25EB4137921097E"),
        ];
        for (path, expected) in cases {
            assert_eq!(hash_of(path), expected, "install hash of {path}");
        }
    }

    #[test]
    fn trailing_separator_does_not_change_the_hash() {
        assert_eq!(hash_of("/usr/lib/thunderbird/"), "FDC34C9F024745EB");
    }

    #[test]
    fn empty_input_hashes_to_k2() {
        assert_eq!(city_hash64_v1_0(&[]), K2);
    }
}
