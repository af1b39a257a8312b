/**
 * Vietnamese, the task pane's first language and the reference dictionary: en.ts has exactly
 * these keys. Words a clerk knows from the official forms ("chi bộ", "Đạt 4 tốt", "HTTNV").
 */
export const vi = {
  appTitle: "Chi bộ 4 tốt",
  headerYear: "Năm {year}",
  languageSwitchText: "English",
  languageSwitchLabel: "Chuyển giao diện sang tiếng Anh (English)",

  scoreButton: "Chấm điểm",
  scoreButtonBusy: "Đang chấm điểm…",
  clearMarksButton: "Xóa đánh dấu",

  stampChecking: "Đang kiểm tra dấu chấm điểm…",
  stampScored: "Đã chấm điểm lúc {time} · dữ liệu không đổi",
  stampScoredNotSaved:
    "Đã chấm điểm lúc {time} · kết quả chỉ xem trên trình duyệt, chưa lưu vào tệp",
  stampChanged: "Dữ liệu đã thay đổi sau khi chấm · cần chấm lại",
  stampChangedSinceStamp:
    "Dữ liệu trong tệp đã bị sửa sau lần chấm lưu trong tệp · kết quả bên dưới là chấm lại mới",
  stampNone: "Chưa chấm điểm",

  progressLabel: "Tiến độ chấm điểm",
  progressReading: "Đang đọc dữ liệu…",
  progressChecking: "Đang kiểm tra và tính điểm…",
  progressWriting: "Đang ghi kết quả và đánh dấu vào bảng tính…",
  progressDone: "Đã chấm xong.",
  progressCounted: "{phase} ({done}/{total})",
  liveScored:
    "Đã chấm xong: {cells} chi bộ, {fourGood} chi bộ đạt 4 tốt, {errors} lỗi, {shortfalls} chỉ tiêu chưa đạt, {warnings} cảnh báo. {verdict}.",

  errorTitle: "Chưa thực hiện được",
  errorCode: "mã lỗi: {code}",
  errorUnexpected:
    "Đã xảy ra lỗi không mong muốn ({detail}). Hãy thử lại; nếu lỗi lặp lại, hãy gửi nội dung này cho cán bộ phụ trách công nghệ thông tin.",
  dismiss: "Đóng thông báo",
  noticeMarksCleared:
    "Đã xóa {count} đánh dấu. Giá trị và định dạng của bảng tính được giữ nguyên.",
  noticeNoMarks: "Bảng tính không có đánh dấu nào của tiện ích.",
  noticeDownloaded: "Đã tải xuống “{fileName}” ({size}). Tệp gốc của bạn không bị thay đổi.",

  changedTitle: "Dữ liệu đã thay đổi sau khi chấm",
  changedBody: "Kết quả và đánh dấu bên dưới có thể không còn đúng. Hãy chấm lại để cập nhật.",
  changedRescore: "Chấm lại",

  unsupportedTitle: "Excel này chưa chạy được tiện ích Chi bộ 4 tốt",
  unsupportedTitlePreview: "Trình duyệt này chưa chạy được bản xem trước Chi bộ 4 tốt",
  unsupportedHintPreview:
    "Bạn vẫn có thể chấm điểm bằng tiện ích trong Excel hoặc bằng dòng lệnh chibo4tot; cả hai cho cùng một kết quả.",
  unsupportedHint:
    "Trong khi chờ, bạn vẫn có thể chấm điểm bằng bản xem trước trên trình duyệt hoặc bằng dòng lệnh chibo4tot; cả hai cho cùng một kết quả.",

  viewsLabel: "Các phần kết quả",
  viewSummary: "Tổng quan",
  viewCells: "Chi bộ",
  viewFindings: "Phát hiện",
  viewCriteria: "Tiêu chí",
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

  legendHeading: "Ý nghĩa màu đánh dấu",

  cellsFilterLabel: "Lọc chi bộ",
  cellsFilterAll: "Tất cả ({count})",
  cellsFilterNotFourGood: "Chưa đạt ({count})",
  cellsFilterErrors: "Có lỗi ({count})",
  cellsCaption: "Kết quả từng chi bộ. Nhấn vào mã chi bộ để chọn dòng đó trong bảng tính.",
  cellsCaptionPreview: "Kết quả từng chi bộ. Nhấn vào mã chi bộ để xem ô đó.",
  cellsColumnCell: "Chi bộ",
  cellsColumnCriterion: "Tiêu chí {criterion}",
  cellsColumnTotal: "Tổng",
  cellsColumnResult: "Kết quả",
  cellsOpenRow: "{code}: chọn dòng {row} trong bảng tính",
  cellsEmpty: "Không có chi bộ nào phù hợp với bộ lọc.",
  criterionGood: "Tiêu chí {criterion}: {points} điểm, đạt",
  criterionNotGood: "Tiêu chí {criterion}: {points} điểm, chưa đạt",
  criterionNotScored: "Tiêu chí {criterion}: chưa chấm do lỗi dữ liệu",
  resultFourGood: "Đạt 4 tốt",
  resultNotFourGood: "Chưa đạt",
  resultDataError: "Lỗi dữ liệu",
  showMore: "Hiện thêm (đang hiện {shown}/{total})",

  findingsGroupingLabel: "Nhóm phát hiện",
  findingsByCell: "Theo chi bộ",
  findingsByRule: "Theo loại",
  findingsGroupSheet: "Trang “{sheet}”",
  findingsNone: "Không có phát hiện nào: dữ liệu hợp lệ và mọi chỉ tiêu đều đạt.",
  findingLabel: "{severity}, {rule}, ô {address}: {message}",
  selectedCellTitle: "Ô {address}",
  selectedCellValue:
    "Giá trị: {value}. Bản xem trước không mở được Excel; hãy sửa ô này trong tệp của bạn.",
  selectedCellEmpty: "(trống)",
  selectedCellUnknown: "(không đọc được)",

  criteriaRuleset: "Bộ tiêu chí: {title} ({id}, phiên bản {version})",
  criteriaFourGoodRule: "Chi bộ đạt 4 tốt khi cả {count} tiêu chí đều đạt.",
  criteriaGoodRule: "Tối đa {max} điểm. Đạt khi từ {good} điểm trở lên.",
  criteriaGoodRuleVeto:
    "Tối đa {max} điểm. Đạt khi từ {good} điểm trở lên và không trượt chỉ tiêu nào có đánh dấu “Phủ quyết”.",
  criteriaVeto: "Phủ quyết",
  criteriaMeasure: "Cách tính",
  criteriaRateOfMembers: "tỷ lệ trên tổng số đảng viên của chi bộ",
  criteriaTarget: "Yêu cầu",
  criteriaPoints: "Điểm",
  criteriaMaxPoints: "Tối đa",
  criteriaBandAny: "mọi giá trị",
  criteriaBandOtherwise: "còn lại",
  criteriaOr: "hoặc",
  criteriaOrgHeading: "Đảng bộ cơ sở 4 tốt khi",
  criteriaOrgShare: "ít nhất {share} số chi bộ được chấm điểm đạt 4 tốt;",
  criteriaOrgMinScored: "có ít nhất {count} chi bộ được chấm điểm;",
  criteriaOrgForbidden: "không chi bộ nào xếp loại {ratings};",
  criteriaOrgNoErrors: "bảng đánh giá không còn lỗi dữ liệu nào.",

  previewHeading: "Bản xem trước trên trình duyệt",
  previewIntro:
    "Mở bảng đánh giá Chi bộ 4 tốt (.xlsx) để kiểm tra dữ liệu, chấm điểm và tải về bản đã đánh dấu, không cần cài tiện ích vào Excel.",
  previewChooseFile: "Chọn tệp .xlsx…",
  previewDropHint: "hoặc kéo thả tệp vào đây",
  previewOpenSample: "Mở tệp mẫu",
  previewPrivacy:
    "Tệp được đọc và chấm điểm ngay trên máy tính này. Không có dữ liệu nào được gửi lên mạng.",
  previewFileLabel: "Tệp đang mở: {fileName}",
  previewOpenAnother: "Mở tệp khác…",
  previewDownload: "Tải bản đã đánh dấu",
  previewErrorInsecure:
    "Bản xem trước cần được mở từ một địa chỉ an toàn (https:// hoặc localhost) để tính dấu vân tay dữ liệu. Hãy mở lại bằng địa chỉ https:// do cán bộ quản trị cung cấp.",

  previewErrorNoWorkbook: "Chưa mở tệp nào. Hãy chọn một tệp .xlsx hoặc mở tệp mẫu.",
  previewErrorNotScored: "Chưa có kết quả để ghi. Hãy chấm điểm trước rồi tải bản đã đánh dấu.",
  previewErrorSample:
    "Không tải được tệp mẫu ({detail}). Hãy tải lại trang; nếu vẫn lỗi, hãy mở một tệp .xlsx của bạn.",
  previewErrorRead:
    "Không đọc được tệp “{fileName}” ({detail}). Hãy mở tệp bằng Excel, lưu lại dưới dạng Sổ làm việc Excel (.xlsx) rồi thử lại.",
  previewErrorWrite:
    "Không tạo được bản đã đánh dấu ({detail}). Kết quả trên màn hình vẫn đúng; hãy thử lại hoặc dùng dòng lệnh chibo4tot.",
  previewErrorNoClearMarks:
    "Bản xem trước không ghi vào tệp của bạn nên không có đánh dấu nào để xóa.",
} as const;

export type StringKey = keyof typeof vi;
