/* Lexicon: extra everyday forms of country names and adjectives that the country library lacks. */

/** Surface form (case-sensitive) → ISO alpha-2. */
export const EXTRA_COUNTRY_FORMS: Record<string, string> = {
  'U.S.': 'US', US: 'US', USA: 'US', 'U.S.A.': 'US', America: 'US', 'United States of America': 'US',
  Americans: 'US', 'U.K.': 'GB', UK: 'GB', Britain: 'GB', 'Great Britain': 'GB', British: 'GB', Britons: 'GB',
  England: 'GB', English: 'GB', Scotland: 'GB', 'South Korea': 'KR', Korea: 'KR', 'North Korea': 'KP',
  'Republic of Korea': 'KR', 'Korean': 'KR', 'South Korean': 'KR', 'North Korean': 'KP', China: 'CN',
  'Mainland China': 'CN', Chinese: 'CN', Russia: 'RU', Russian: 'RU', 'Czech Republic': 'CZ', Holland: 'NL',
  Dutch: 'NL', 'the Netherlands': 'NL', Netherlands: 'NL', Taiwan: 'TW', Taiwanese: 'TW', Vietnam: 'VN',
  'Viet Nam': 'VN', Vietnamese: 'VN', Turkey: 'TR', 'Türkiye': 'TR', Turkish: 'TR', Iran: 'IR', Iranian: 'IR',
  Syria: 'SY', Laos: 'LA', Emirati: 'AE', UAE: 'AE', 'U.A.E.': 'AE', 'United Arab Emirates': 'AE',
  Filipino: 'PH', Philippine: 'PH', Philippines: 'PH', Saudi: 'SA', 'Saudi Arabia': 'SA', Kiwi: 'NZ',
  Swiss: 'CH', Ivorian: 'CI', Congolese: 'CD', Brazilian: 'BR', Argentine: 'AR', Argentinian: 'AR',
  Canadians: 'CA', Mexicans: 'MX', Japanese: 'JP', Germans: 'DE', Indians: 'IN', Brazilians: 'BR',
  Australians: 'AU', Aussie: 'AU', Bolivia: 'BO', Venezuela: 'VE', Tanzania: 'TZ', Moldova: 'MD',
  'Cape Verde': 'CV', Macedonia: 'MK', Swaziland: 'SZ', Burma: 'MM', 'Myanmar': 'MM', 'East Timor': 'TL',
};

/** Country names that are also common words or given names: only taken when not beside another name. */
export const AMBIGUOUS_COUNTRY_FORMS = new Set(['Jordan', 'Chad', 'Georgia', 'Guinea', 'Niger', 'Turkey', 'China', 'Jersey', 'Man', 'Dominica', 'Panama', 'Israel', 'America', 'English', 'Swiss', 'Japanese']);
