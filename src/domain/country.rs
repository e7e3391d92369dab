//! Countries: ISO 3166-1 alpha-2 codes with their English names (what organisations store and exports print), and
//! the lookups that turn what a person typed ("New Zealand", "UK", "nzl") into a code or a "did you mean".
//!
//! The table is the 249 officially assigned codes of ISO 3166-1 (from Debian's `iso-codes` 4.15), with the short
//! names people use ("South Korea", "Vietnam", "Russia") where the standard's are inverted or formal; `aliases`
//! holds the alpha-3 code, the standard's own and official names, and names in common use ("UK", "Burma",
//! "Holland", "Aotearoa"), for suggestions only: a stored country is always its alpha-2 code.

/// One ISO 3166-1 country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2, upper case.
    pub code: &'static str,
    /// The English name shown in the interface and in exports.
    pub name: &'static str,
    /// Other ways of writing it: the alpha-3 code, the standard's and the official names, common names.
    pub aliases: &'static [&'static str],
}

/// Every assigned ISO 3166-1 alpha-2 code, sorted by code.
pub const COUNTRIES: &[Country] = &[
    Country { code: "AD", name: "Andorra", aliases: &["AND", "Principality of Andorra"] },
    Country { code: "AE", name: "United Arab Emirates", aliases: &["ARE", "UAE"] },
    Country { code: "AF", name: "Afghanistan", aliases: &["AFG", "Islamic Republic of Afghanistan"] },
    Country { code: "AG", name: "Antigua and Barbuda", aliases: &["ATG"] },
    Country { code: "AI", name: "Anguilla", aliases: &["AIA"] },
    Country { code: "AL", name: "Albania", aliases: &["ALB", "Republic of Albania"] },
    Country { code: "AM", name: "Armenia", aliases: &["ARM", "Republic of Armenia"] },
    Country { code: "AO", name: "Angola", aliases: &["AGO", "Republic of Angola"] },
    Country { code: "AQ", name: "Antarctica", aliases: &["ATA"] },
    Country { code: "AR", name: "Argentina", aliases: &["ARG", "Argentine Republic"] },
    Country { code: "AS", name: "American Samoa", aliases: &["ASM"] },
    Country { code: "AT", name: "Austria", aliases: &["AUT", "Republic of Austria"] },
    Country { code: "AU", name: "Australia", aliases: &["AUS"] },
    Country { code: "AW", name: "Aruba", aliases: &["ABW"] },
    Country { code: "AX", name: "Åland Islands", aliases: &["ALA"] },
    Country { code: "AZ", name: "Azerbaijan", aliases: &["AZE", "Republic of Azerbaijan"] },
    Country {
        code: "BA",
        name: "Bosnia and Herzegovina",
        aliases: &["BIH", "Republic of Bosnia and Herzegovina", "Bosnia"],
    },
    Country { code: "BB", name: "Barbados", aliases: &["BRB"] },
    Country { code: "BD", name: "Bangladesh", aliases: &["BGD", "People's Republic of Bangladesh"] },
    Country { code: "BE", name: "Belgium", aliases: &["BEL", "Kingdom of Belgium"] },
    Country { code: "BF", name: "Burkina Faso", aliases: &["BFA"] },
    Country { code: "BG", name: "Bulgaria", aliases: &["BGR", "Republic of Bulgaria"] },
    Country { code: "BH", name: "Bahrain", aliases: &["BHR", "Kingdom of Bahrain"] },
    Country { code: "BI", name: "Burundi", aliases: &["BDI", "Republic of Burundi"] },
    Country { code: "BJ", name: "Benin", aliases: &["BEN", "Republic of Benin"] },
    Country { code: "BL", name: "Saint Barthélemy", aliases: &["BLM"] },
    Country { code: "BM", name: "Bermuda", aliases: &["BMU"] },
    Country { code: "BN", name: "Brunei", aliases: &["BRN", "Brunei Darussalam"] },
    Country {
        code: "BO",
        name: "Bolivia",
        aliases: &["BOL", "Bolivia, Plurinational State of", "Plurinational State of Bolivia"],
    },
    Country { code: "BQ", name: "Caribbean Netherlands", aliases: &["BES", "Bonaire, Sint Eustatius and Saba"] },
    Country { code: "BR", name: "Brazil", aliases: &["BRA", "Federative Republic of Brazil"] },
    Country { code: "BS", name: "Bahamas", aliases: &["BHS", "Commonwealth of the Bahamas"] },
    Country { code: "BT", name: "Bhutan", aliases: &["BTN", "Kingdom of Bhutan"] },
    Country { code: "BV", name: "Bouvet Island", aliases: &["BVT"] },
    Country { code: "BW", name: "Botswana", aliases: &["BWA", "Republic of Botswana"] },
    Country { code: "BY", name: "Belarus", aliases: &["BLR", "Republic of Belarus"] },
    Country { code: "BZ", name: "Belize", aliases: &["BLZ"] },
    Country { code: "CA", name: "Canada", aliases: &["CAN"] },
    Country { code: "CC", name: "Cocos (Keeling) Islands", aliases: &["CCK"] },
    Country {
        code: "CD",
        name: "Democratic Republic of the Congo",
        aliases: &["COD", "Congo, The Democratic Republic of the", "DRC", "DR Congo", "Congo-Kinshasa"],
    },
    Country { code: "CF", name: "Central African Republic", aliases: &["CAF"] },
    Country { code: "CG", name: "Republic of the Congo", aliases: &["COG", "Congo", "Congo-Brazzaville"] },
    Country { code: "CH", name: "Switzerland", aliases: &["CHE", "Swiss Confederation"] },
    Country { code: "CI", name: "Côte d'Ivoire", aliases: &["CIV", "Republic of Côte d'Ivoire", "Ivory Coast"] },
    Country { code: "CK", name: "Cook Islands", aliases: &["COK"] },
    Country { code: "CL", name: "Chile", aliases: &["CHL", "Republic of Chile"] },
    Country { code: "CM", name: "Cameroon", aliases: &["CMR", "Republic of Cameroon"] },
    Country { code: "CN", name: "China", aliases: &["CHN", "People's Republic of China", "PRC"] },
    Country { code: "CO", name: "Colombia", aliases: &["COL", "Republic of Colombia"] },
    Country { code: "CR", name: "Costa Rica", aliases: &["CRI", "Republic of Costa Rica"] },
    Country { code: "CU", name: "Cuba", aliases: &["CUB", "Republic of Cuba"] },
    Country { code: "CV", name: "Cape Verde", aliases: &["CPV", "Cabo Verde", "Republic of Cabo Verde"] },
    Country { code: "CW", name: "Curaçao", aliases: &["CUW"] },
    Country { code: "CX", name: "Christmas Island", aliases: &["CXR"] },
    Country { code: "CY", name: "Cyprus", aliases: &["CYP", "Republic of Cyprus"] },
    Country { code: "CZ", name: "Czechia", aliases: &["CZE", "Czech Republic"] },
    Country { code: "DE", name: "Germany", aliases: &["DEU", "Federal Republic of Germany", "Deutschland"] },
    Country { code: "DJ", name: "Djibouti", aliases: &["DJI", "Republic of Djibouti"] },
    Country { code: "DK", name: "Denmark", aliases: &["DNK", "Kingdom of Denmark"] },
    Country { code: "DM", name: "Dominica", aliases: &["DMA", "Commonwealth of Dominica"] },
    Country { code: "DO", name: "Dominican Republic", aliases: &["DOM"] },
    Country { code: "DZ", name: "Algeria", aliases: &["DZA", "People's Democratic Republic of Algeria"] },
    Country { code: "EC", name: "Ecuador", aliases: &["ECU", "Republic of Ecuador"] },
    Country { code: "EE", name: "Estonia", aliases: &["EST", "Republic of Estonia"] },
    Country { code: "EG", name: "Egypt", aliases: &["EGY", "Arab Republic of Egypt"] },
    Country { code: "EH", name: "Western Sahara", aliases: &["ESH"] },
    Country { code: "ER", name: "Eritrea", aliases: &["ERI", "the State of Eritrea"] },
    Country { code: "ES", name: "Spain", aliases: &["ESP", "Kingdom of Spain", "España"] },
    Country { code: "ET", name: "Ethiopia", aliases: &["ETH", "Federal Democratic Republic of Ethiopia"] },
    Country { code: "FI", name: "Finland", aliases: &["FIN", "Republic of Finland"] },
    Country { code: "FJ", name: "Fiji", aliases: &["FJI", "Republic of Fiji"] },
    Country { code: "FK", name: "Falkland Islands", aliases: &["FLK", "Falkland Islands (Malvinas)"] },
    Country {
        code: "FM",
        name: "Micronesia",
        aliases: &["FSM", "Micronesia, Federated States of", "Federated States of Micronesia"],
    },
    Country { code: "FO", name: "Faroe Islands", aliases: &["FRO"] },
    Country { code: "FR", name: "France", aliases: &["FRA", "French Republic"] },
    Country { code: "GA", name: "Gabon", aliases: &["GAB", "Gabonese Republic"] },
    Country {
        code: "GB",
        name: "United Kingdom",
        aliases: &[
            "GBR",
            "United Kingdom of Great Britain and Northern Ireland",
            "UK",
            "U.K.",
            "Great Britain",
            "Britain",
            "England",
            "Scotland",
            "Wales",
            "Northern Ireland",
        ],
    },
    Country { code: "GD", name: "Grenada", aliases: &["GRD"] },
    Country { code: "GE", name: "Georgia", aliases: &["GEO"] },
    Country { code: "GF", name: "French Guiana", aliases: &["GUF"] },
    Country { code: "GG", name: "Guernsey", aliases: &["GGY"] },
    Country { code: "GH", name: "Ghana", aliases: &["GHA", "Republic of Ghana"] },
    Country { code: "GI", name: "Gibraltar", aliases: &["GIB"] },
    Country { code: "GL", name: "Greenland", aliases: &["GRL"] },
    Country { code: "GM", name: "Gambia", aliases: &["GMB", "Republic of the Gambia"] },
    Country { code: "GN", name: "Guinea", aliases: &["GIN", "Republic of Guinea"] },
    Country { code: "GP", name: "Guadeloupe", aliases: &["GLP"] },
    Country { code: "GQ", name: "Equatorial Guinea", aliases: &["GNQ", "Republic of Equatorial Guinea"] },
    Country { code: "GR", name: "Greece", aliases: &["GRC", "Hellenic Republic"] },
    Country { code: "GS", name: "South Georgia and the South Sandwich Islands", aliases: &["SGS"] },
    Country { code: "GT", name: "Guatemala", aliases: &["GTM", "Republic of Guatemala"] },
    Country { code: "GU", name: "Guam", aliases: &["GUM"] },
    Country { code: "GW", name: "Guinea-Bissau", aliases: &["GNB", "Republic of Guinea-Bissau"] },
    Country { code: "GY", name: "Guyana", aliases: &["GUY", "Republic of Guyana"] },
    Country {
        code: "HK",
        name: "Hong Kong",
        aliases: &["HKG", "Hong Kong Special Administrative Region of China", "Hongkong"],
    },
    Country { code: "HM", name: "Heard Island and McDonald Islands", aliases: &["HMD"] },
    Country { code: "HN", name: "Honduras", aliases: &["HND", "Republic of Honduras"] },
    Country { code: "HR", name: "Croatia", aliases: &["HRV", "Republic of Croatia"] },
    Country { code: "HT", name: "Haiti", aliases: &["HTI", "Republic of Haiti"] },
    Country { code: "HU", name: "Hungary", aliases: &["HUN"] },
    Country { code: "ID", name: "Indonesia", aliases: &["IDN", "Republic of Indonesia"] },
    Country { code: "IE", name: "Ireland", aliases: &["IRL"] },
    Country { code: "IL", name: "Israel", aliases: &["ISR", "State of Israel"] },
    Country { code: "IM", name: "Isle of Man", aliases: &["IMN"] },
    Country { code: "IN", name: "India", aliases: &["IND", "Republic of India"] },
    Country { code: "IO", name: "British Indian Ocean Territory", aliases: &["IOT"] },
    Country { code: "IQ", name: "Iraq", aliases: &["IRQ", "Republic of Iraq"] },
    Country {
        code: "IR",
        name: "Iran",
        aliases: &["IRN", "Iran, Islamic Republic of", "Islamic Republic of Iran", "Persia"],
    },
    Country { code: "IS", name: "Iceland", aliases: &["ISL", "Republic of Iceland"] },
    Country { code: "IT", name: "Italy", aliases: &["ITA", "Italian Republic"] },
    Country { code: "JE", name: "Jersey", aliases: &["JEY"] },
    Country { code: "JM", name: "Jamaica", aliases: &["JAM"] },
    Country { code: "JO", name: "Jordan", aliases: &["JOR", "Hashemite Kingdom of Jordan"] },
    Country { code: "JP", name: "Japan", aliases: &["JPN"] },
    Country { code: "KE", name: "Kenya", aliases: &["KEN", "Republic of Kenya"] },
    Country { code: "KG", name: "Kyrgyzstan", aliases: &["KGZ", "Kyrgyz Republic"] },
    Country { code: "KH", name: "Cambodia", aliases: &["KHM", "Kingdom of Cambodia", "Kampuchea"] },
    Country { code: "KI", name: "Kiribati", aliases: &["KIR", "Republic of Kiribati"] },
    Country { code: "KM", name: "Comoros", aliases: &["COM", "Union of the Comoros"] },
    Country { code: "KN", name: "Saint Kitts and Nevis", aliases: &["KNA"] },
    Country {
        code: "KP",
        name: "North Korea",
        aliases: &["PRK", "Korea, Democratic People's Republic of", "Democratic People's Republic of Korea"],
    },
    Country { code: "KR", name: "South Korea", aliases: &["KOR", "Korea, Republic of", "Korea"] },
    Country { code: "KW", name: "Kuwait", aliases: &["KWT", "State of Kuwait"] },
    Country { code: "KY", name: "Cayman Islands", aliases: &["CYM"] },
    Country { code: "KZ", name: "Kazakhstan", aliases: &["KAZ", "Republic of Kazakhstan"] },
    Country { code: "LA", name: "Laos", aliases: &["LAO", "Lao People's Democratic Republic"] },
    Country { code: "LB", name: "Lebanon", aliases: &["LBN", "Lebanese Republic"] },
    Country { code: "LC", name: "Saint Lucia", aliases: &["LCA"] },
    Country { code: "LI", name: "Liechtenstein", aliases: &["LIE", "Principality of Liechtenstein"] },
    Country {
        code: "LK",
        name: "Sri Lanka",
        aliases: &["LKA", "Democratic Socialist Republic of Sri Lanka", "Ceylon"],
    },
    Country { code: "LR", name: "Liberia", aliases: &["LBR", "Republic of Liberia"] },
    Country { code: "LS", name: "Lesotho", aliases: &["LSO", "Kingdom of Lesotho"] },
    Country { code: "LT", name: "Lithuania", aliases: &["LTU", "Republic of Lithuania"] },
    Country { code: "LU", name: "Luxembourg", aliases: &["LUX", "Grand Duchy of Luxembourg"] },
    Country { code: "LV", name: "Latvia", aliases: &["LVA", "Republic of Latvia"] },
    Country { code: "LY", name: "Libya", aliases: &["LBY"] },
    Country { code: "MA", name: "Morocco", aliases: &["MAR", "Kingdom of Morocco"] },
    Country { code: "MC", name: "Monaco", aliases: &["MCO", "Principality of Monaco"] },
    Country { code: "MD", name: "Moldova", aliases: &["MDA", "Moldova, Republic of", "Republic of Moldova"] },
    Country { code: "ME", name: "Montenegro", aliases: &["MNE"] },
    Country { code: "MF", name: "Saint Martin (French part)", aliases: &["MAF"] },
    Country { code: "MG", name: "Madagascar", aliases: &["MDG", "Republic of Madagascar"] },
    Country { code: "MH", name: "Marshall Islands", aliases: &["MHL", "Republic of the Marshall Islands"] },
    Country { code: "MK", name: "North Macedonia", aliases: &["MKD", "Republic of North Macedonia", "Macedonia"] },
    Country { code: "ML", name: "Mali", aliases: &["MLI", "Republic of Mali"] },
    Country { code: "MM", name: "Myanmar", aliases: &["MMR", "Republic of Myanmar", "Burma"] },
    Country { code: "MN", name: "Mongolia", aliases: &["MNG"] },
    Country { code: "MO", name: "Macao", aliases: &["MAC", "Macao Special Administrative Region of China"] },
    Country {
        code: "MP",
        name: "Northern Mariana Islands",
        aliases: &["MNP", "Commonwealth of the Northern Mariana Islands"],
    },
    Country { code: "MQ", name: "Martinique", aliases: &["MTQ"] },
    Country { code: "MR", name: "Mauritania", aliases: &["MRT", "Islamic Republic of Mauritania"] },
    Country { code: "MS", name: "Montserrat", aliases: &["MSR"] },
    Country { code: "MT", name: "Malta", aliases: &["MLT", "Republic of Malta"] },
    Country { code: "MU", name: "Mauritius", aliases: &["MUS", "Republic of Mauritius"] },
    Country { code: "MV", name: "Maldives", aliases: &["MDV", "Republic of Maldives"] },
    Country { code: "MW", name: "Malawi", aliases: &["MWI", "Republic of Malawi"] },
    Country { code: "MX", name: "Mexico", aliases: &["MEX", "United Mexican States"] },
    Country { code: "MY", name: "Malaysia", aliases: &["MYS"] },
    Country { code: "MZ", name: "Mozambique", aliases: &["MOZ", "Republic of Mozambique"] },
    Country { code: "NA", name: "Namibia", aliases: &["NAM", "Republic of Namibia"] },
    Country { code: "NC", name: "New Caledonia", aliases: &["NCL"] },
    Country { code: "NE", name: "Niger", aliases: &["NER", "Republic of the Niger"] },
    Country { code: "NF", name: "Norfolk Island", aliases: &["NFK"] },
    Country { code: "NG", name: "Nigeria", aliases: &["NGA", "Federal Republic of Nigeria"] },
    Country { code: "NI", name: "Nicaragua", aliases: &["NIC", "Republic of Nicaragua"] },
    Country {
        code: "NL",
        name: "Netherlands",
        aliases: &["NLD", "Kingdom of the Netherlands", "Holland", "The Netherlands"],
    },
    Country { code: "NO", name: "Norway", aliases: &["NOR", "Kingdom of Norway"] },
    Country { code: "NP", name: "Nepal", aliases: &["NPL", "Federal Democratic Republic of Nepal"] },
    Country { code: "NR", name: "Nauru", aliases: &["NRU", "Republic of Nauru"] },
    Country { code: "NU", name: "Niue", aliases: &["NIU"] },
    Country { code: "NZ", name: "New Zealand", aliases: &["NZL", "Aotearoa"] },
    Country { code: "OM", name: "Oman", aliases: &["OMN", "Sultanate of Oman"] },
    Country { code: "PA", name: "Panama", aliases: &["PAN", "Republic of Panama"] },
    Country { code: "PE", name: "Peru", aliases: &["PER", "Republic of Peru"] },
    Country { code: "PF", name: "French Polynesia", aliases: &["PYF"] },
    Country { code: "PG", name: "Papua New Guinea", aliases: &["PNG", "Independent State of Papua New Guinea"] },
    Country { code: "PH", name: "Philippines", aliases: &["PHL", "Republic of the Philippines", "Pilipinas"] },
    Country { code: "PK", name: "Pakistan", aliases: &["PAK", "Islamic Republic of Pakistan"] },
    Country { code: "PL", name: "Poland", aliases: &["POL", "Republic of Poland"] },
    Country { code: "PM", name: "Saint Pierre and Miquelon", aliases: &["SPM"] },
    Country { code: "PN", name: "Pitcairn", aliases: &["PCN"] },
    Country { code: "PR", name: "Puerto Rico", aliases: &["PRI"] },
    Country {
        code: "PS",
        name: "Palestine",
        aliases: &["PSE", "Palestine, State of", "the State of Palestine", "Palestinian Territories"],
    },
    Country { code: "PT", name: "Portugal", aliases: &["PRT", "Portuguese Republic"] },
    Country { code: "PW", name: "Palau", aliases: &["PLW", "Republic of Palau"] },
    Country { code: "PY", name: "Paraguay", aliases: &["PRY", "Republic of Paraguay"] },
    Country { code: "QA", name: "Qatar", aliases: &["QAT", "State of Qatar"] },
    Country { code: "RE", name: "Réunion", aliases: &["REU"] },
    Country { code: "RO", name: "Romania", aliases: &["ROU"] },
    Country { code: "RS", name: "Serbia", aliases: &["SRB", "Republic of Serbia"] },
    Country { code: "RU", name: "Russia", aliases: &["RUS", "Russian Federation"] },
    Country { code: "RW", name: "Rwanda", aliases: &["RWA", "Rwandese Republic"] },
    Country { code: "SA", name: "Saudi Arabia", aliases: &["SAU", "Kingdom of Saudi Arabia"] },
    Country { code: "SB", name: "Solomon Islands", aliases: &["SLB"] },
    Country { code: "SC", name: "Seychelles", aliases: &["SYC", "Republic of Seychelles"] },
    Country { code: "SD", name: "Sudan", aliases: &["SDN", "Republic of the Sudan"] },
    Country { code: "SE", name: "Sweden", aliases: &["SWE", "Kingdom of Sweden"] },
    Country { code: "SG", name: "Singapore", aliases: &["SGP", "Republic of Singapore"] },
    Country { code: "SH", name: "Saint Helena, Ascension and Tristan da Cunha", aliases: &["SHN"] },
    Country { code: "SI", name: "Slovenia", aliases: &["SVN", "Republic of Slovenia"] },
    Country { code: "SJ", name: "Svalbard and Jan Mayen", aliases: &["SJM"] },
    Country { code: "SK", name: "Slovakia", aliases: &["SVK", "Slovak Republic"] },
    Country { code: "SL", name: "Sierra Leone", aliases: &["SLE", "Republic of Sierra Leone"] },
    Country { code: "SM", name: "San Marino", aliases: &["SMR", "Republic of San Marino"] },
    Country { code: "SN", name: "Senegal", aliases: &["SEN", "Republic of Senegal"] },
    Country { code: "SO", name: "Somalia", aliases: &["SOM", "Federal Republic of Somalia"] },
    Country { code: "SR", name: "Suriname", aliases: &["SUR", "Republic of Suriname"] },
    Country { code: "SS", name: "South Sudan", aliases: &["SSD", "Republic of South Sudan"] },
    Country {
        code: "ST",
        name: "Sao Tome and Principe",
        aliases: &["STP", "Democratic Republic of Sao Tome and Principe"],
    },
    Country { code: "SV", name: "El Salvador", aliases: &["SLV", "Republic of El Salvador"] },
    Country { code: "SX", name: "Sint Maarten (Dutch part)", aliases: &["SXM"] },
    Country { code: "SY", name: "Syria", aliases: &["SYR", "Syrian Arab Republic"] },
    Country { code: "SZ", name: "Eswatini", aliases: &["SWZ", "Kingdom of Eswatini", "Swaziland"] },
    Country { code: "TC", name: "Turks and Caicos Islands", aliases: &["TCA"] },
    Country { code: "TD", name: "Chad", aliases: &["TCD", "Republic of Chad"] },
    Country { code: "TF", name: "French Southern Territories", aliases: &["ATF"] },
    Country { code: "TG", name: "Togo", aliases: &["TGO", "Togolese Republic"] },
    Country { code: "TH", name: "Thailand", aliases: &["THA", "Kingdom of Thailand"] },
    Country { code: "TJ", name: "Tajikistan", aliases: &["TJK", "Republic of Tajikistan"] },
    Country { code: "TK", name: "Tokelau", aliases: &["TKL"] },
    Country { code: "TL", name: "Timor-Leste", aliases: &["TLS", "Democratic Republic of Timor-Leste", "East Timor"] },
    Country { code: "TM", name: "Turkmenistan", aliases: &["TKM"] },
    Country { code: "TN", name: "Tunisia", aliases: &["TUN", "Republic of Tunisia"] },
    Country { code: "TO", name: "Tonga", aliases: &["TON", "Kingdom of Tonga"] },
    Country { code: "TR", name: "Türkiye", aliases: &["TUR", "Republic of Türkiye", "Turkey"] },
    Country { code: "TT", name: "Trinidad and Tobago", aliases: &["TTO", "Republic of Trinidad and Tobago"] },
    Country { code: "TV", name: "Tuvalu", aliases: &["TUV"] },
    Country { code: "TW", name: "Taiwan", aliases: &["TWN", "Taiwan, Province of China", "Republic of China"] },
    Country {
        code: "TZ",
        name: "Tanzania",
        aliases: &["TZA", "Tanzania, United Republic of", "United Republic of Tanzania"],
    },
    Country { code: "UA", name: "Ukraine", aliases: &["UKR"] },
    Country { code: "UG", name: "Uganda", aliases: &["UGA", "Republic of Uganda"] },
    Country { code: "UM", name: "U.S. Outlying Islands", aliases: &["UMI", "United States Minor Outlying Islands"] },
    Country {
        code: "US",
        name: "United States",
        aliases: &["USA", "United States of America", "U.S.", "U.S.A.", "America"],
    },
    Country { code: "UY", name: "Uruguay", aliases: &["URY", "Eastern Republic of Uruguay"] },
    Country { code: "UZ", name: "Uzbekistan", aliases: &["UZB", "Republic of Uzbekistan"] },
    Country { code: "VA", name: "Vatican City", aliases: &["VAT", "Holy See (Vatican City State)", "Holy See"] },
    Country { code: "VC", name: "Saint Vincent and the Grenadines", aliases: &["VCT"] },
    Country {
        code: "VE",
        name: "Venezuela",
        aliases: &["VEN", "Venezuela, Bolivarian Republic of", "Bolivarian Republic of Venezuela"],
    },
    Country { code: "VG", name: "British Virgin Islands", aliases: &["VGB", "Virgin Islands, British"] },
    Country {
        code: "VI",
        name: "U.S. Virgin Islands",
        aliases: &["VIR", "Virgin Islands, U.S.", "Virgin Islands of the United States"],
    },
    Country { code: "VN", name: "Vietnam", aliases: &["VNM", "Viet Nam", "Socialist Republic of Viet Nam"] },
    Country { code: "VU", name: "Vanuatu", aliases: &["VUT", "Republic of Vanuatu"] },
    Country { code: "WF", name: "Wallis and Futuna", aliases: &["WLF"] },
    Country { code: "WS", name: "Samoa", aliases: &["WSM", "Independent State of Samoa"] },
    Country { code: "YE", name: "Yemen", aliases: &["YEM", "Republic of Yemen"] },
    Country { code: "YT", name: "Mayotte", aliases: &["MYT"] },
    Country { code: "ZA", name: "South Africa", aliases: &["ZAF", "Republic of South Africa"] },
    Country { code: "ZM", name: "Zambia", aliases: &["ZMB", "Republic of Zambia"] },
    Country { code: "ZW", name: "Zimbabwe", aliases: &["ZWE", "Republic of Zimbabwe"] },
];

/// The country with this alpha-2 code (any case, surrounding spaces ignored).
pub fn by_code(code: &str) -> Option<&'static Country> {
    let code = code.trim().to_ascii_uppercase();
    COUNTRIES.binary_search_by(|c| c.code.cmp(code.as_str())).ok().map(|i| &COUNTRIES[i])
}

/// The English name of a country code; `None` for a code that is not assigned.
pub fn name_of(code: &str) -> Option<&'static str> {
    by_code(code).map(|c| c.name)
}

/// Lower case, letters and digits only, accents dropped: "Côte d'Ivoire" and "cote divoire" compare equal.
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars().flat_map(char::to_lowercase) {
        let base = match ch {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            c => c,
        };
        if base.is_alphanumeric() {
            out.push(base);
        }
    }
    out
}

/// The country meant by `text`: its alpha-2 code, its name, or one of its aliases (case, accents, spaces and
/// punctuation ignored). `None` when nothing matches exactly; see [`suggest`] for near misses.
pub fn find(text: &str) -> Option<&'static Country> {
    if let Some(c) = by_code(text) {
        return Some(c);
    }
    let wanted = fold(text);
    if wanted.is_empty() {
        return None;
    }
    COUNTRIES.iter().find(|c| fold(c.name) == wanted || c.aliases.iter().any(|a| fold(a) == wanted))
}

/// The country `text` most likely meant, for a "did you mean": an exact match as in [`find`], else the only country
/// whose name starts with it, else the closest name within two typing mistakes.
pub fn suggest(text: &str) -> Option<&'static Country> {
    if let Some(c) = find(text) {
        return Some(c);
    }
    let wanted = fold(text);
    // Two typing mistakes from a name of at most ~45 letters: a longer cell (a note pasted in the wrong column) is
    // no misspelt country, and comparing it with every name would cost length × length each (seconds for a file).
    if wanted.chars().count() < 3 || wanted.len() > 64 {
        return None;
    }
    let mut starting = COUNTRIES.iter().filter(|c| fold(c.name).starts_with(&wanted));
    if let (Some(only), None) = (starting.next(), starting.next()) {
        return Some(only);
    }
    let mut best: Option<(usize, &'static Country)> = None;
    for c in COUNTRIES {
        let distance =
            std::iter::once(c.name).chain(c.aliases.iter().copied()).map(|n| edit_distance(&fold(n), &wanted)).min();
        if let Some(d) = distance.filter(|d| *d <= 2) {
            if best.is_none_or(|(b, _)| d < b) {
                best = Some((d, c));
            }
        }
    }
    best.map(|(_, c)| c)
}

/// Levenshtein distance between two short strings (characters, not bytes).
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = if ca == *cb { previous } else { 1 + previous.min(current).min(row[j]) };
            previous = current;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_has_every_assigned_code_once_in_order() {
        assert_eq!(COUNTRIES.len(), 249);
        for pair in COUNTRIES.windows(2) {
            assert!(pair[0].code < pair[1].code, "{} before {}", pair[0].code, pair[1].code);
        }
        for c in COUNTRIES {
            assert!(c.code.len() == 2 && c.code.chars().all(|ch| ch.is_ascii_uppercase()), "{c:?}");
            assert!(!c.name.is_empty() && c.aliases[0].len() == 3, "{c:?}");
        }
    }

    #[test]
    fn codes_give_english_names() {
        assert_eq!(name_of("NZ"), Some("New Zealand"));
        assert_eq!(name_of("ne"), Some("Niger"));
        assert_eq!(name_of(" gb "), Some("United Kingdom"));
        assert_eq!(name_of("PH"), Some("Philippines"));
        assert_eq!(name_of("KR"), Some("South Korea"));
        assert_eq!(name_of("MM"), Some("Myanmar"));
        assert_eq!(name_of("UK"), None);
        assert_eq!(name_of("XX"), None);
    }

    #[test]
    fn names_codes_and_common_names_are_found() {
        let code = |t: &str| find(t).map(|c| c.code);
        assert_eq!(code("New Zealand"), Some("NZ"));
        assert_eq!(code("new zealand"), Some("NZ"));
        assert_eq!(code("NZL"), Some("NZ"));
        assert_eq!(code("UK"), Some("GB"));
        assert_eq!(code("Burma"), Some("MM"));
        assert_eq!(code("cote d'ivoire"), Some("CI"));
        assert_eq!(code("Korea, Republic of"), Some("KR"));
        assert_eq!(code("USA"), Some("US"));
        assert_eq!(code("Narnia"), None);
        assert_eq!(code(""), None);
    }

    #[test]
    fn near_misses_are_suggested() {
        let code = |t: &str| suggest(t).map(|c| c.code);
        assert_eq!(code("New Zeland"), Some("NZ"));
        assert_eq!(code("Phillipines"), Some("PH"));
        assert_eq!(code("Indon"), Some("ID"));
        assert_eq!(code("Canda"), Some("CA"));
        assert_eq!(code("Zz"), None);
        assert_eq!(code("Atlantis"), None);
    }
}
