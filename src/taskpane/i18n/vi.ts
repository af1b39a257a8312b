/**
 * Vietnamese, the task pane's first language and the reference dictionary: en.ts has exactly
 * these keys. Words a clerk knows from the official forms ("chi bộ", "Đạt 4 tốt", "HTTNV"); no
 * developer's words (rule codes are shown only as secondary text, never the command line).
 */
export const vi = {
  appTitle: "Chi bộ 4 tốt",
  headerYear: "Năm {year}",
  languageSwitchText: "English",
  languageSwitchLabel: "Chuyển giao diện sang tiếng Anh (English)",
  moreActions: "Thao tác khác",

  scoreButton: "Chấm điểm",
  rescoreButton: "Chấm lại",
  scoreButtonBusy: "Đang chấm điểm…",
  clearMarksButton: "Xóa đánh dấu",

  stampChecking: "Đang kiểm tra dấu chấm điểm…",
  stampScored: "Đã chấm điểm lúc {time} · dữ liệu không đổi",
  stampScoredNotSaved: "Chấm lúc {time} · chỉ xem trên trình duyệt, chưa lưu vào tệp",
  stampChanged: "Dữ liệu đã thay đổi sau khi chấm · cần chấm lại",
  stampChangedSinceStamp: "Tệp đã bị sửa sau lần chấm lưu trong tệp · kết quả dưới đây là chấm mới",
  stampNone: "Chưa chấm điểm",
  stampUnscorable: "Không chấm được · cần sửa bảng đánh giá",
  stampOpening: "Đang mở tệp…",

  progressLabel: "Tiến độ",
  progressLoading: "Đang tải tệp…",
  progressReadingFile: "Đang đọc tệp…",
  progressReadingWorkbook: "Đang đọc dữ liệu từ bảng tính…",
  progressChecking: "Đang chấm điểm…",
  progressWriting: "Đang ghi kết quả và đánh dấu vào bảng tính…",
  progressDone: "Đã chấm xong.",
  progressPercent: "{phase} {percent}",
  progressOpening: "“{fileName}”",
  cancelOpening: "Hủy",
  cancelOpeningLabel: "Hủy đọc tệp “{fileName}”",
  liveScored:
    "Đã chấm xong: {cells} chi bộ, {fourGood} chi bộ đạt 4 tốt, {errors} lỗi, {shortfalls} chỉ tiêu chưa đạt, {warnings} cảnh báo. {verdict}.",
  liveUnscorable: "Không chấm được bảng đánh giá này: {reason}",

  errorTitleStarting: "Chưa khởi động được tiện ích",
  errorTitleOpening: "Không mở được tệp “{fileName}”",
  errorTitleScoring: "Chưa chấm điểm được",
  errorTitleClearing: "Chưa xóa được đánh dấu",
  errorTitleDownloading: "Chưa tạo được bản đã đánh dấu",
  errorTitleSelecting: "Chưa chọn được ô trong bảng tính",
  errorCode: "mã lỗi: {code}",
  errorUnexpected:
    "Đã xảy ra lỗi không mong muốn ({detail}). Hãy thử lại; nếu lỗi lặp lại, hãy gửi nội dung này cho cán bộ phụ trách công nghệ thông tin.",
  dismiss: "Đóng thông báo",
  noticeMarksCleared:
    "Đã xóa {count} đánh dấu. Giá trị và định dạng của bảng tính được giữ nguyên.",
  noticeNoMarks: "Bảng tính không có đánh dấu nào của tiện ích.",
  noticeDownloaded: "Đã tải xuống “{fileName}” ({size}). Tệp gốc của bạn không bị thay đổi.",
  openCancelled: "Đã hủy mở tệp “{fileName}”.",

  changedTitle: "Dữ liệu đã thay đổi sau khi chấm",
  changedBody: "Kết quả và đánh dấu dưới đây có thể không còn đúng. Nhấn “Chấm lại” để cập nhật.",

  unsupportedTitle: "Excel này chưa chạy được tiện ích Chi bộ 4 tốt",
  unsupportedTitlePreview: "Trình duyệt này chưa chạy được bản xem trước Chi bộ 4 tốt",
  unsupportedHintPreview:
    "Bạn vẫn có thể chấm điểm bằng tiện ích Chi bộ 4 tốt trong Excel; kết quả như nhau.",
  unsupportedHint:
    "Trong khi chờ, bạn vẫn có thể chấm điểm bằng bản xem trước trên trình duyệt; kết quả như nhau.",

  viewsLabel: "Các phần kết quả",
  viewSummary: "Tổng quan",
  viewCells: "Chi bộ",
  viewFindings: "Phát hiện",
  viewCriteria: "Tiêu chí",
  viewMore: "Phần khác",
  viewLoading: "Đang tải phần này…",

  summaryHeading: "Tổng hợp",
  summaryCells: "Chi bộ",
  summaryScored: "Đã chấm điểm",
  summaryFourGood: "Đạt 4 tốt",
  summaryErrors: "Lỗi dữ liệu",
  summaryShortfalls: "Chỉ tiêu chưa đạt",
  summaryWarnings: "Cảnh báo",
  summaryFromStamp:
    "Kết quả lưu trong tệp từ lần chấm trước (dữ liệu chưa thay đổi). Chấm lại để xem chi tiết từng chi bộ.",
  summaryNotScoredHint:
    "Nhấn “Chấm điểm” để kiểm tra bảng đánh giá, tính điểm 4 tốt của từng chi bộ và đánh dấu các ô cần xem lại.",
  summaryNotScored: "Chưa có kết quả chấm điểm.",
  summaryOpening: "Đang đọc “{fileName}”. Trong lúc chờ, bạn có thể xem phần Tiêu chí.",

  verdictHeading: "Kết quả của đảng bộ",
  verdictFourGood: "Đảng bộ cơ sở 4 tốt",
  verdictNotFourGood: "Chưa đạt 4 tốt",
  verdictReasonsLabel: "Lý do chưa đạt",
  verdictReasonUnusable:
    "Không chấm được: bảng thiếu trang hoặc cột bắt buộc. Xem phần Phát hiện để biết cần sửa gì.",
  verdictReasonNoneScored: "Chưa có chi bộ nào được chấm điểm.",
  verdictReasonTooFewScored: "Mới có {scored} chi bộ được chấm điểm; cần ít nhất {minimum}.",
  verdictReasonShareBelow:
    "Tỷ lệ chi bộ đạt 4 tốt là {share} ({fourGood}/{scored}), dưới mức yêu cầu {minimum}.",
  verdictReasonErrors: "Bảng còn {errors} lỗi dữ liệu; cần sửa hết lỗi.",
  verdictReasonForbiddenRating: "Có chi bộ được xếp loại {ratings}.",

  unscorableTitle: "Không chấm được",
  unscorableIntro: "Bảng đánh giá này chưa chấm điểm được. Cần sửa trước:",
  unscorableNoCells:
    "Trang “{sheet}” chưa có dòng số liệu của chi bộ nào: hãy nhập mỗi chi bộ một dòng, dưới dòng tiêu đề.",
  unscorableHintExcel: "Sửa các mục trên trong bảng tính rồi nhấn “Chấm lại”.",
  unscorableHintPreview:
    "Sửa các mục trên trong tệp rồi mở lại. Nếu bảng khác mẫu, hãy tải mẫu trống và chép số liệu vào đúng cột.",

  legendHeading: "Ý nghĩa màu đánh dấu",

  cellsFilterLabel: "Lọc chi bộ",
  cellsFilterAll: "Tất cả ({count})",
  cellsFilterNotFourGood: "Chưa đạt ({count})",
  cellsFilterErrors: "Có lỗi ({count})",
  cellsSearchLabel: "Tìm chi bộ",
  cellsSearchPlaceholder: "Tìm theo mã hoặc tên chi bộ",
  cellsCaption: "Kết quả từng chi bộ. Nhấn vào một chi bộ để chọn dòng đó trong bảng tính.",
  cellsCaptionPreview: "Kết quả từng chi bộ. Nhấn vào một chi bộ để xem chi tiết.",
  cellsColumnCell: "Chi bộ",
  cellsColumnCriterion: "Tiêu chí {criterion}",
  cellsColumnTotal: "Tổng",
  cellsColumnResult: "Kết quả",
  cellsOpenRow: "{code}: chọn dòng {row} trong bảng tính",
  cellsEmpty: "Không có chi bộ nào khớp với bộ lọc.",
  cellsNoMatch: "Không có chi bộ nào khớp “{query}”.",
  cellDetailPlace: "Dòng {row}, trang {sheet}",
  cellDetailResult: "Tổng {total} điểm · {result}",
  cellDetailFailed: "Tiêu chí chưa đạt: {criteria}.",
  cellDetailAllGood: "Cả bốn tiêu chí đều đạt.",
  cellDetailNotScored: "Chưa chấm điểm được vì dòng này còn lỗi dữ liệu.",
  cellDetailNoFindings: "Không có phát hiện nào: số liệu hợp lệ và đạt mọi chỉ tiêu.",
  cellDetailShowFindings: "Xem {count} phát hiện của chi bộ này",
  criterionGood: "Tiêu chí {criterion}: {points} điểm, đạt",
  criterionNotGood: "Tiêu chí {criterion}: {points} điểm, chưa đạt",
  criterionNotScored: "Tiêu chí {criterion}: chưa chấm do lỗi dữ liệu",
  resultFourGood: "Đạt 4 tốt",
  resultNotFourGood: "Chưa đạt",
  resultDataError: "Lỗi dữ liệu",

  findingsGroupingLabel: "Nhóm phát hiện",
  findingsByCell: "Theo chi bộ",
  findingsByRule: "Theo loại",
  findingsSearchLabel: "Tìm phát hiện",
  findingsSearchPlaceholder: "Tìm theo chi bộ, ô, loại hoặc nội dung",
  findingsShown: "{shown}/{total} phát hiện",
  findingsGroupSheet: "Trang “{sheet}”",
  findingsNone: "Không có phát hiện nào: dữ liệu hợp lệ và mọi chỉ tiêu đều đạt.",
  findingsNoMatch: "Không có phát hiện nào khớp “{query}”.",
  findingPlace: "ô {cell}, trang {sheet}",
  findingPartyCell: "chi bộ {code}",
  findingLabel: "{severity}: {title}, {place}. {message}",
  detailHeading: "Chi tiết",
  detailValue: "Giá trị trong tệp",
  detailValueLoading: "đang đọc…",
  detailValueEmpty: "(ô trống)",
  detailValueUnknown: "(không đọc được)",
  detailValueInExcel: "Ô đã được chọn trong bảng tính.",
  detailExpected: "Yêu cầu",
  detailFix: "Cách xử lý",
  detailCode: "Mã loại phát hiện: {rule}",

  criteriaSource: "Căn cứ: {source}",
  criteriaVersion: "Mã “{id}”, phiên bản {version}",
  criteriaFourGoodRule: "Chi bộ đạt 4 tốt khi cả {count} tiêu chí đều đạt.",
  criteriaGoodRule: "Tối đa {max} điểm. Đạt khi từ {good} điểm trở lên.",
  criteriaGoodRuleVeto:
    "Tối đa {max} điểm. Đạt khi từ {good} điểm trở lên và không trượt chỉ tiêu nào có đánh dấu “Phủ quyết”.",
  criteriaVeto: "Phủ quyết",
  criteriaRateOfMembers: "tỷ lệ trên tổng số đảng viên của chi bộ",
  criteriaTarget: "Yêu cầu",
  criteriaPointsCaption: "Điểm của chỉ tiêu “{indicator}”",
  criteriaLevel: "Mức",
  criteriaPoints: "Điểm",
  criteriaPointsValue: "{points} điểm",
  criteriaBandExactly: "{value}",
  criteriaBandRange: "{min}–{max}",
  criteriaBandAtLeast: "từ {value} trở lên",
  criteriaBandAtMost: "không quá {value}",
  criteriaBandAny: "mọi giá trị",
  criteriaBandOtherwise: "còn lại",
  criteriaOr: "hoặc",
  criteriaOrgHeading: "Đảng bộ cơ sở 4 tốt khi",
  criteriaOrgShare: "ít nhất {share} số chi bộ được chấm điểm đạt 4 tốt;",
  criteriaOrgMinScored: "có ít nhất {count} chi bộ được chấm điểm;",
  criteriaOrgForbidden: "không chi bộ nào xếp loại {ratings};",
  criteriaOrgNoErrors: "bảng đánh giá không còn lỗi dữ liệu nào.",
  unitMeetings: "buổi",
  unitMembers: "đảng viên",
  unitCases: "vụ",

  previewHeading: "Kiểm tra và chấm điểm bảng đánh giá",
  previewIntro:
    "Mở bảng đánh giá Chi bộ 4 tốt (.xlsx) để kiểm tra số liệu, chấm điểm từng chi bộ và tải về bản đã đánh dấu. Không cần cài gì vào Excel.",
  previewChooseFile: "Chọn tệp .xlsx…",
  previewDropHint: "hoặc kéo thả tệp vào đây",
  previewOpenSample: "Mở tệp mẫu có số liệu",
  previewTemplate: "Tải mẫu trống",
  previewTemplateHint: "Mẫu bảng đánh giá chính thức, chưa có số liệu (.xlsx)",
  previewPrivacy:
    "Tệp được đọc và chấm điểm ngay trên máy tính này. Không có dữ liệu nào được gửi lên mạng.",
  previewOpenAnother: "Mở tệp khác…",
  previewDownload: "Tải bản đã đánh dấu",
  previewErrorInsecure:
    "Bản xem trước cần được mở từ một địa chỉ an toàn (https:// hoặc localhost) để tính dấu vân tay dữ liệu. Hãy mở lại bằng địa chỉ https:// do cán bộ quản trị cung cấp.",
  previewErrorNoWorkbook: "Chưa mở tệp nào. Hãy chọn một tệp .xlsx hoặc mở tệp mẫu.",
  previewErrorNotScored: "Chưa có kết quả để ghi. Hãy mở lại tệp rồi tải bản đã đánh dấu.",
  previewErrorSample:
    "Không tải được tệp mẫu ({detail}). Hãy tải lại trang; nếu vẫn lỗi, hãy mở một tệp .xlsx của bạn.",
  previewErrorRead:
    "Không đọc được tệp “{fileName}” ({detail}). Hãy mở tệp bằng Excel, lưu lại dưới dạng Sổ làm việc Excel (.xlsx) rồi thử lại.",
  previewErrorWrite:
    "Không tạo được bản đã đánh dấu ({detail}). Kết quả trên màn hình vẫn đúng; hãy thử lại.",
  previewErrorNoClearMarks:
    "Bản xem trước không ghi vào tệp của bạn nên không có đánh dấu nào để xóa.",
  previewProblemTextFile:
    "Đây là tệp văn bản (ví dụ CSV), không phải sổ làm việc Excel .xlsx. Hãy tải mẫu trống ở trang này, nhập số liệu vào mẫu rồi lưu dưới dạng .xlsx.",
} as const;

export type StringKey = keyof typeof vi;
