use super::*;
use proptest::prelude::*;

/// The same value as serde_json's (numbers compared through serde_json's own reading of
/// the kept source text; a repeated key: the last one, as both keep it).
fn to_serde(value: &Json) -> serde_json::Value {
    match value {
        Json::Null => serde_json::Value::Null,
        Json::Bool(b) => serde_json::Value::Bool(*b),
        Json::Number(n) => serde_json::from_str(n).expect("a number serde_json reads"),
        Json::String(s) => serde_json::Value::String(s.clone()),
        Json::Array(items) => items.iter().map(to_serde).collect(),
        Json::Object(members) => {
            let mut map = serde_json::Map::new();
            for (k, v) in members {
                map.insert(k.clone(), to_serde(v));
            }
            serde_json::Value::Object(map)
        }
    }
}

/// Texts made of JSON's own pieces, valid or not.
fn json_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("{".to_string()),
        Just("}".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just(",".to_string()),
        Just(":".to_string()),
        Just("\"".to_string()),
        Just("\\".to_string()),
        Just("\\u".to_string()),
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("null".to_string()),
        Just("true".to_string()),
        Just("fals".to_string()),
        Just("-".to_string()),
        Just("0".to_string()),
        Just("e".to_string()),
        Just(".".to_string()),
        "[0-9a-fA-F]{1,4}",
        "\"[a-z\\\\/\"é😀]{0,6}\"",
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|p| p.concat())
}

/// Valid JSON texts of any shape, written by serde_json.
fn json_values() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| n.into()),
        (-1e12f64..1e12).prop_map(|f| f.into()),
        ".{0,12}".prop_map(serde_json::Value::String),
    ];
    let value = leaf.prop_recursive(6, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            proptest::collection::vec((".{0,6}", inner), 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    });
    value.prop_map(|v| serde_json::to_string(&v).expect("serialising"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn accepts_and_rejects_what_serde_json_does(text in json_like()) {
        let ours = Json::parse(&text);
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        // serde_json refuses numbers beyond f64 (1e999); this reader keeps their text.
        prop_assume!(!theirs.as_ref().is_err_and(|e| e.to_string().contains("out of range")));
        match (&ours, &theirs) {
            (Ok(a), Ok(b)) => prop_assert_eq!(&to_serde(a), b),
            (Err(_), Err(_)) => {}
            _ => prop_assert!(false, "{text:?}: ours {ours:?}, serde_json {theirs:?}"),
        }
    }

    #[test]
    fn reads_every_value_serde_json_writes(text in json_values()) {
        let ours = Json::parse(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        let theirs: serde_json::Value = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(to_serde(&ours), theirs);
        // And what it writes, serde_json reads as the same value.
        let again: serde_json::Value = serde_json::from_str(&ours.to_compact()).unwrap();
        prop_assert_eq!(to_serde(&ours), again);
    }
}

#[test]
fn php_escapes_decode() {
    let v = Json::parse(r#"{"a":"https:\/\/x \ud83d\ude80 Caf\u00e9","b":[],"c":-1.5e3}"#).unwrap();
    assert_eq!(v.get("a"), Some(&Json::String("https://x 🚀 Café".into())));
    assert_eq!(v.get("b"), Some(&Json::Array(vec![])));
    assert_eq!(v.get("c"), Some(&Json::Number("-1.5e3".into())));
}

#[test]
fn errors_carry_offsets() {
    assert_eq!(Json::parse("{\"a\":}").unwrap_err().offset, 5);
    assert_eq!(
        Json::parse("[1,2").unwrap_err().reason,
        "expected ',' or ']' in array"
    );
    assert!(Json::parse(r#""\ud83d""#).is_err());
    assert!(Json::parse(r#""\ude80""#).is_err());
    assert!(Json::parse("01").is_err());
    assert!(Json::parse("\"a\nb\"").is_err());
    assert!(Json::parse("{} x").is_err());
    assert!(Json::parse(&"[".repeat(100)).is_err());
}

#[test]
fn repeated_keys_take_the_last() {
    let v = Json::parse(r#"{"k":1,"k":2}"#).unwrap();
    assert_eq!(v.get("k"), Some(&Json::Number("2".into())));
}

#[test]
fn writer_round_trips() {
    let s = "q\"b\\s\n\t\u{1}é🚀/";
    let mut out = String::new();
    write_string(&mut out, s);
    assert_eq!(out, "\"q\\\"b\\\\s\\n\\t\\u0001é🚀/\"");
    assert_eq!(Json::parse(&out).unwrap(), Json::String(s.into()));
}

#[test]
fn decimals_are_written_as_rusts_float_formatting_writes_them() {
    for value in [
        0.0, 1.0, 2.0, 0.7, 0.5, 0.05, 1.25, 0.123456, 0.000001, -0.25, 1.999999,
    ] {
        let mut out = String::new();
        write_decimal(&mut out, value);
        assert_eq!(out, format!("{value}"), "{value}");
    }
    let mut out = String::new();
    write_decimal(&mut out, 0.1 + 0.2);
    assert_eq!(out, "0.3", "rounded to six places");
}
