//! Setup: what Talk's capabilities and a bot's features say, and which configured values can
//! work, for `doctor` and configuration loading.

use crate::engine_api::{BotFeatures, TalkCapabilities};
use crate::json::Json;
use crate::{ApiError, botapi};

/// A feature bitmask as flags (unknown bits dropped).
pub fn features(bits: u64) -> BotFeatures {
    let mut out = BotFeatures::empty();
    for (bit, flag) in [
        (1, BotFeatures::WEBHOOK),
        (2, BotFeatures::RESPONSE),
        (4, BotFeatures::EVENT),
        (8, BotFeatures::REACTION),
    ] {
        if bits & bit != 0 {
            out = out | flag;
        }
    }
    out
}

fn ocs_data(body: &[u8]) -> Result<Json, String> {
    let text = std::str::from_utf8(body).map_err(|_| "the answer is not UTF-8".to_string())?;
    let root = Json::parse(text).map_err(|e| format!("the answer is not JSON: {e}"))?;
    root.get("ocs")
        .and_then(|o| o.get("data"))
        .cloned()
        .ok_or_else(|| "the answer has no ocs.data".to_string())
}

/// Read `GET /ocs/v2.php/cloud/capabilities`.
pub fn capabilities(body: &[u8]) -> Result<TalkCapabilities, String> {
    let data = ocs_data(body)?;
    let spreed = data
        .get("capabilities")
        .and_then(|c| c.get("spreed"))
        .ok_or_else(|| {
            "Talk (spreed) is not installed or not enabled: no capabilities.spreed".to_string()
        })?;
    let features: Vec<String> = match spreed.get("features") {
        Some(Json::Array(items)) => items
            .iter()
            .filter_map(|i| match i {
                Json::String(s) => Some(s.clone()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let max_length = spreed
        .get("config")
        .and_then(|c| c.get("chat"))
        .and_then(|c| c.get("max-length"))
        .and_then(|n| match n {
            Json::Number(n) => n.parse().ok(),
            _ => None,
        });
    let has = |f: &str| features.iter().any(|x| x == f);
    Ok(TalkCapabilities {
        bots: has("bots-v1"),
        threads: has("threads"),
        ask_features: has("bot-features-api"),
        max_length,
        features,
    })
}

/// Read an `ask-features` answer (`ocs.data.features`).
pub fn features_answer(body: &[u8]) -> Result<u64, String> {
    match ocs_data(body)?.get("features") {
        Some(Json::Number(n)) => n
            .parse()
            .map_err(|_| format!("features {n} is not a bitmask")),
        Some(other) => Err(format!("features is {}, not a number", other.kind())),
        None => Err("ask-features answered without a feature list".into()),
    }
}

fn text(e: ApiError) -> String {
    botapi::message(&e)
}

pub fn check_secret(secret: &str) -> Result<(), String> {
    botapi::check_secret(secret).map_err(text)
}

pub fn check_token(token: &str) -> Result<(), String> {
    botapi::check_token(token).map_err(text)
}

pub fn check_max_length(max: u32) -> Result<(), String> {
    if max > botapi::DEFAULT_MAX_LENGTH {
        return Err(format!(
            "{max} is longer than Talk's longest message ({} characters)",
            botapi::DEFAULT_MAX_LENGTH
        ));
    }
    botapi::check_max_length(max).map_err(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capabilities_and_features_are_read() {
        let body = br#"{"ocs":{"meta":{},"data":{"capabilities":{"spreed":{"features":["bots-v1","threads"],"config":{"chat":{"max-length":32000}}}}}}}"#;
        let c = capabilities(body).unwrap();
        assert!(c.bots && c.threads && !c.ask_features);
        assert_eq!(c.max_length, Some(32000));
        assert!(capabilities(br#"{"ocs":{"data":{"capabilities":{}}}}"#).is_err());
        assert_eq!(
            features_answer(br#"{"ocs":{"data":{"features":11}}}"#),
            Ok(11)
        );
        assert!(features_answer(b"<html>").is_err());
        assert_eq!(
            features(11),
            BotFeatures::WEBHOOK | BotFeatures::RESPONSE | BotFeatures::REACTION
        );
        assert!(check_secret("short").is_err());
        assert!(check_secret(&"x".repeat(40)).is_ok());
        assert!(check_token("Abc!").is_err());
        assert!(check_max_length(63).is_err() && check_max_length(32001).is_err());
    }
}
