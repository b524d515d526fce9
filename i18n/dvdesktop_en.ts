<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name></name>
    <message>
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Mật khẩu tệp dữ liệu</source>
        <extracomment>Said on the terminal when there is no display to open the window on (instead of Qt&apos;s abort).</extracomment>
        <translation>Data file passphrase</translation>
    </message>
    <message>
        <source>Tệp dữ liệu được mã hóa. Nhập mật khẩu (hoặc mã khôi phục):</source>
        <translation>The data file is encrypted. Enter the passphrase (or the recovery key):</translation>
    </message>
    <message>
        <source>Đang tạo khóa ký số của đơn vị…</source>
        <translation>Creating the unit&apos;s signing key…</translation>
    </message>
    <message>
        <source>Lần đầu sử dụng: hãy nhập thông tin văn phòng.</source>
        <translation>First use: please enter the office&apos;s details.</translation>
    </message>
    <message>
        <source>Không mở được tệp dữ liệu</source>
        <translation>Could not open the data file</translation>
    </message>
</context>
<context>
    <name>Baseline</name>
    <message>
        <source>Hội nghị, học tập, quán triệt (cuộc)</source>
        <extracomment>Figures of an earlier period entered by hand (a unit&apos;s paper reports from before it used this program), under the keys of its summary (docs/summary.md); they stand in for the records of that period wherever a report compares with cùng kỳ. The section is the part before the first dot; it names the record kind whose records would replace them.</extracomment>
        <translation>Meetings and study sessions</translation>
    </message>
    <message>
        <source>Lượt người dự hội nghị</source>
        <translation>Meeting attendance</translation>
    </message>
    <message>
        <source>Lượt đảng viên dự</source>
        <translation>Party members present (attendances)</translation>
    </message>
    <message>
        <source>Lượt đảng viên được triệu tập</source>
        <translation>Party members summoned (attendances)</translation>
    </message>
    <message>
        <source>Lượt người dự không phải đảng viên</source>
        <translation>Non-member attendances</translation>
    </message>
    <message>
        <source>Đối thoại (cuộc)</source>
        <translation>Dialogues</translation>
    </message>
    <message>
        <source>Lượt người tham gia đối thoại</source>
        <translation>Dialogue participants</translation>
    </message>
    <message>
        <source>Lượt ý kiến tại đối thoại</source>
        <translation>Opinions raised at dialogues</translation>
    </message>
    <message>
        <source>Vấn đề được nêu qua đối thoại</source>
        <translation>Issues raised at dialogues</translation>
    </message>
    <message>
        <source>Tiếp công dân (lượt)</source>
        <translation>Citizen receptions (visits)</translation>
    </message>
    <message>
        <source>Số người được tiếp</source>
        <translation>People received</translation>
    </message>
    <message>
        <source>Vụ việc qua tiếp công dân</source>
        <translation>Matters from receptions</translation>
    </message>
    <message>
        <source>Vụ việc qua tiếp công dân đã giải quyết</source>
        <translation>Matters from receptions resolved</translation>
    </message>
    <message>
        <source>Đơn tiếp nhận (đơn)</source>
        <translation>Petitions received</translation>
    </message>
    <message>
        <source>Vụ việc qua đơn</source>
        <translation>Matters from petitions</translation>
    </message>
    <message>
        <source>Vụ việc qua đơn đã giải quyết</source>
        <translation>Matters from petitions resolved</translation>
    </message>
    <message>
        <source>Mô hình, điển hình “Dân vận khéo” (đến cuối kỳ)</source>
        <translation>“Dân vận khéo” models and exemplars (at the period&apos;s end)</translation>
    </message>
    <message>
        <source>Mô hình, điển hình đăng ký mới trong kỳ</source>
        <translation>Models and exemplars registered in the period</translation>
    </message>
    <message>
        <source>Hội nghị, học tập, quán triệt</source>
        <translation>Meetings, study and dissemination</translation>
    </message>
    <message>
        <source>Đối thoại</source>
        <translation>Dialogues</translation>
    </message>
    <message>
        <source>Tiếp công dân</source>
        <translation>Citizen reception</translation>
    </message>
    <message>
        <source>Đơn thư</source>
        <translation>Petitions and letters</translation>
    </message>
    <message>
        <source>Mô hình “Dân vận khéo”</source>
        <translation>“Skilled mass mobilisation” models</translation>
    </message>
    <message>
        <source>Xóa số liệu nhập tay</source>
        <extracomment>How many years back the period list goes (and every year that has hand figures).</extracomment>
        <translation>Clear hand-entered figures</translation>
    </message>
    <message>
        <source>Xóa toàn bộ số liệu nhập tay của {period}? Báo cáo sẽ không so sánh với kỳ này nữa (trừ phần đã có bản ghi).</source>
        <translation>Clear all hand-entered figures of {period}? Reports will no longer compare with this period (except for the parts that have records).</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Số liệu nhập tay của kỳ trước</source>
        <translation>Figures of earlier periods entered by hand</translation>
    </message>
    <message>
        <source>Năm đầu dùng chương trình, số liệu các kỳ trước nằm trên báo cáo giấy. Nhập ở đây để báo cáo so sánh “so với cùng kỳ”; báo cáo và trang Tổng quan ghi rõ là số liệu nhập tay. Kỳ nào đã có bản ghi trong chương trình thì báo cáo dùng bản ghi. Ô để trống là không có số liệu (báo cáo không so sánh chỉ tiêu đó).</source>
        <translation>In the first year with the program, the figures of earlier periods are in paper reports. Enter them here so reports can compare “with the same period”; reports and the Overview mark them as entered by hand. Where the program has records of a period, reports use the records. An empty box means no figure (reports do not compare that item).</translation>
    </message>
    <message>
        <source>&amp;Kỳ:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Nguồn số liệu:</source>
        <translation>&amp;Source of the figures:</translation>
    </message>
    <message>
        <source>Ví dụ: Báo cáo số 15-BC/CB ngày 10/12/2025</source>
        <translation>For example: Report no. 15-BC/CB of 10/12/2025</translation>
    </message>
    <message>
        <source>Xóa số liệu của kỳ này…</source>
        <translation>Clear this period&apos;s figures…</translation>
    </message>
    <message>
        <source>Ctrl+Enter: lưu · Esc: đóng</source>
        <translation>Ctrl+Enter: save · Esc: close</translation>
    </message>
    <message>
        <source>Lưu số liệu nhập tay</source>
        <translation>Save the figures</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{period} — đã nhập tay</source>
        <translation>{period} — entered by hand</translation>
    </message>
    <message>
        <source>Đã nhập tay: {periods}</source>
        <translation>Entered by hand: {periods}</translation>
    </message>
    <message>
        <source>Chưa nhập tay số liệu kỳ nào.</source>
        <translation>No period&apos;s figures have been entered by hand.</translation>
    </message>
    <message>
        <source>Đã có bản ghi của kỳ này: báo cáo dùng bản ghi, không dùng số liệu nhập tay của phần này.</source>
        <translation>This period has records: reports use the records, not the figures entered by hand for this part.</translation>
    </message>
    <message>
        <source>Đã lưu số liệu nhập tay của {period}.</source>
        <translation>Saved the figures entered by hand for {period}.</translation>
    </message>
    <message>
        <source>Đã xóa số liệu nhập tay của {period}.</source>
        <translation>Cleared the figures entered by hand for {period}.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Học tập, quán triệt nghị quyết</source>
        <extracomment>Labels of every choice value, by (kind.field) then value.</extracomment>
        <translation>Study of a resolution</translation>
    </message>
    <message>
        <source>Sinh hoạt chi bộ định kỳ</source>
        <translation>Regular cell meeting</translation>
    </message>
    <message>
        <source>Sinh hoạt chuyên đề</source>
        <translation>Thematic meeting</translation>
    </message>
    <message>
        <source>Hội nghị cán bộ, công chức, người lao động</source>
        <translation>Conference of officials, civil servants and workers</translation>
    </message>
    <message>
        <source>Tiếp xúc cử tri</source>
        <translation>Meeting with voters</translation>
    </message>
    <message>
        <source>Hội nghị khác</source>
        <translation>Other meeting</translation>
    </message>
    <message>
        <source>Cán bộ, công chức và người lao động</source>
        <translation>Officials, civil servants and workers</translation>
    </message>
    <message>
        <source>Quần chúng ưu tú</source>
        <translation>Outstanding non-members (quần chúng ưu tú)</translation>
    </message>
    <message>
        <source>Nhân dân</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <source>Đoàn viên, hội viên</source>
        <translation>Members of mass organisations</translation>
    </message>
    <message>
        <source>Người dự khác</source>
        <translation>Other attendees</translation>
    </message>
    <message>
        <source>Khu dân cư</source>
        <translation>Residential area</translation>
    </message>
    <message>
        <source>Đoàn viên, công nhân lao động</source>
        <translation>Trade union members and workers</translation>
    </message>
    <message>
        <source>Bí thư chi bộ</source>
        <translation>Cell secretaries</translation>
    </message>
    <message>
        <source>Đoàn viên thanh niên</source>
        <translation>Youth union members</translation>
    </message>
    <message>
        <source>Chức sắc, đồng bào tôn giáo</source>
        <translation>Religious dignitaries and followers</translation>
    </message>
    <message>
        <source>Đối tượng khác</source>
        <translation>Others</translation>
    </message>
    <message>
        <source>Đã giải quyết</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Đang giải quyết</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Chuyển cơ quan có thẩm quyền</source>
        <translation>Referred to the competent body</translation>
    </message>
    <message>
        <source>Tiếp trực tiếp (lượt)</source>
        <translation>In-person visit (lượt)</translation>
    </message>
    <message>
        <source>Đơn thư (đơn)</source>
        <translation>Written petition (đơn)</translation>
    </message>
    <message>
        <source>Khiếu nại</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Tố cáo</source>
        <translation>Denunciation</translation>
    </message>
    <message>
        <source>Kiến nghị</source>
        <translation>Petition</translation>
    </message>
    <message>
        <source>Phản ánh</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Thụ lý để giải quyết</source>
        <translation>Accepted for resolution</translation>
    </message>
    <message>
        <source>Trả lại đơn và hướng dẫn</source>
        <translation>Returned with guidance</translation>
    </message>
    <message>
        <source>Chuyển đơn đến cơ quan có thẩm quyền</source>
        <translation>Transferred to the competent body</translation>
    </message>
    <message>
        <source>Chưa giải quyết xong</source>
        <translation>Not yet resolved</translation>
    </message>
    <message>
        <source>Thông thường</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Phức tạp</source>
        <translation>Complex</translation>
    </message>
    <message>
        <source>Đặc biệt phức tạp</source>
        <translation>Especially complex</translation>
    </message>
    <message>
        <source>Lần đầu</source>
        <translation>First time</translation>
    </message>
    <message>
        <source>Lần hai</source>
        <translation>Second time</translation>
    </message>
    <message>
        <source>Tập thể</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>Cá nhân</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Kinh tế</source>
        <translation>Economy</translation>
    </message>
    <message>
        <source>Văn hóa - xã hội</source>
        <translation>Culture and society</translation>
    </message>
    <message>
        <source>Quốc phòng - an ninh</source>
        <translation>Defence and security</translation>
    </message>
    <message>
        <source>Xây dựng hệ thống chính trị</source>
        <translation>Building the political system</translation>
    </message>
    <message>
        <source>Cấp cơ sở</source>
        <translation>Grassroots level</translation>
    </message>
    <message>
        <source>Cấp huyện, thị xã</source>
        <translation>District or town level</translation>
    </message>
    <message>
        <source>Cấp tỉnh</source>
        <translation>Provincial level</translation>
    </message>
    <message>
        <source>Đăng ký</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Đang thực hiện</source>
        <translation>Under way</translation>
    </message>
    <message>
        <source>Được công nhận</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <source>Được chọn nhân rộng</source>
        <translation>Chosen for replication</translation>
    </message>
    <message>
        <source>Mô hình điểm</source>
        <translation>Pilot model</translation>
    </message>
    <message>
        <source>Xây dựng Đảng</source>
        <translation>Party building</translation>
    </message>
    <message>
        <source>Mô hình</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Điển hình</source>
        <translation>Exemplar</translation>
    </message>
    <message>
        <source>Bằng khen</source>
        <translation>Certificate of merit</translation>
    </message>
    <message>
        <source>Giấy khen</source>
        <translation>Commendation</translation>
    </message>
    <message>
        <source>Hình thức khác</source>
        <translation>Other form</translation>
    </message>
    <message>
        <source>Thực hiện công tác dân vận, Quy chế dân chủ ở cơ sở và phong trào thi đua “Dân vận khéo”</source>
        <translation>Mass mobilisation work, grassroots democracy and the “Dân vận khéo” movement</translation>
    </message>
    <message>
        <source>Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</source>
        <translation>Studying and following Ho Chi Minh&apos;s thought, ethics and style</translation>
    </message>
    <message>
        <source>Thành tích khác</source>
        <translation>Other achievements</translation>
    </message>
    <message>
        <source>Hoàn thành xuất sắc nhiệm vụ</source>
        <translation>Excellently fulfilled duties</translation>
    </message>
    <message>
        <source>Hoàn thành tốt nhiệm vụ</source>
        <translation>Well fulfilled duties</translation>
    </message>
    <message>
        <source>Hoàn thành nhiệm vụ</source>
        <translation>Fulfilled duties</translation>
    </message>
    <message>
        <source>Không hoàn thành nhiệm vụ</source>
        <translation>Did not fulfil duties</translation>
    </message>
    <message>
        <source>Đảng bộ cơ sở</source>
        <translation>Grassroots Party committee</translation>
    </message>
    <message>
        <source>Chi bộ cơ sở</source>
        <translation>Grassroots Party cell</translation>
    </message>
    <message>
        <source>Chi bộ trực thuộc</source>
        <translation>Subordinate Party cell</translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation>Commune or ward</translation>
    </message>
</context>
<context>
    <name>DialogueForm</name>
    <message>
        <source>Cuộc đối thoại</source>
        <translation>The dialogue</translation>
    </message>
    <message>
        <source>Vấn đề được nêu</source>
        <translation>Issues raised</translation>
    </message>
</context>
<context>
    <name>Drives</name>
    <message>
        <source>{drive} — còn trống {free}</source>
        <extracomment>On Linux and macOS removable media are mounted under these folders.</extracomment>
        <translation>{drive} — {free} free</translation>
    </message>
    <message>
        <source>Chọn thư mục để ghi</source>
        <translation>Choose a folder to write to</translation>
    </message>
    <message>
        <source>Chưa thấy ổ USB nào: cắm USB rồi nhấn “Tìm lại ổ USB”, hoặc chọn một thư mục khác.</source>
        <translation>No USB stick found: plug one in and press “Look for USB drives again”, or choose another folder.</translation>
    </message>
    <message>
        <source>Tìm lại ổ USB</source>
        <translation>Look for USB drives again</translation>
    </message>
    <message>
        <source>Cắm USB xong thì nhấn nút này</source>
        <translation>Press this after plugging in the USB stick</translation>
    </message>
    <message>
        <source>Chọn thư mục khác…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <source>(chưa thấy ổ USB nào)</source>
        <translation>(no USB stick found)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Loại bản ghi “{kind}” không có. Các loại: {known}.</source>
        <extracomment>Summary section of a baseline key -&gt; the record kind whose records replace it.</extracomment>
        <translation>There is no record kind “{kind}”. Kinds: {known}.</translation>
    </message>
    <message>
        <source>Không tìm thấy bản ghi số {id} ({kind}).</source>
        <translation>Record number {id} ({kind}) was not found.</translation>
    </message>
    <message>
        <source>Không sắp xếp được theo “{field}”.</source>
        <translation>Cannot sort by “{field}”.</translation>
    </message>
    <message>
        <source>Dữ liệu trong bộ nhớ không sao lưu được.</source>
        <translation>Data held only in memory cannot be backed up.</translation>
    </message>
    <message>
        <source>Không có tệp dữ liệu {path}.</source>
        <translation>There is no data file {path}.</translation>
    </message>
    <message>
        <source>Tệp {path} đã được mã hóa: cần nhập mật khẩu.</source>
        <translation>The file {path} is encrypted: a passphrase is needed.</translation>
    </message>
    <message>
        <source>Mật khẩu không đúng, hoặc tệp {path} không phải tệp dữ liệu dvdesktop.</source>
        <translation>Wrong passphrase, or {path} is not a dvdesktop data file.</translation>
    </message>
    <message>
        <source>Bản sao {path} không đọc được: {detail}</source>
        <translation>The copy {path} cannot be read: {detail}</translation>
    </message>
    <message>
        <source>Bản sao {path} bị hỏng (kiểm tra toàn vẹn không đạt).</source>
        <translation>The copy {path} is damaged (integrity check failed).</translation>
    </message>
    <message>
        <source>Bản sao {path} không khớp số dòng với tệp gốc; đã hủy bản sao.</source>
        <translation>The copy {path} does not have the same number of rows as the original; the copy was discarded.</translation>
    </message>
    <message>
        <source>Không đủ chỗ trống tại {path}: cần khoảng {need} MB, còn {free} MB. Dữ liệu cũ vẫn nguyên vẹn.</source>
        <translation>Not enough free space at {path}: about {need} MB needed, {free} MB free. Existing data is intact.</translation>
    </message>
    <message>
        <source>Tệp {path} không phải tệp dữ liệu dvdesktop của đơn vị; không khôi phục.</source>
        <translation>The file {path} is not a unit&apos;s dvdesktop data file; nothing was restored.</translation>
    </message>
    <message>
        <source>Bản sao lưu {path} do phiên bản dvdesktop mới hơn tạo ra (lược đồ “{name}”). Hãy cập nhật chương trình trước khi khôi phục; không có gì bị thay đổi.</source>
        <translation>The backup {path} was made by a newer dvdesktop (schema “{name}”). Update the program before restoring; nothing was changed.</translation>
    </message>
    <message>
        <source>Không có tệp sao lưu {path}.</source>
        <translation>There is no backup file {path}.</translation>
    </message>
    <message>
        <source>Không thể khôi phục một tệp từ chính nó.</source>
        <translation>A file cannot be restored from itself.</translation>
    </message>
    <message>
        <source>Bản sao lưu {path} đã được mã hóa: cần nhập mật khẩu.</source>
        <translation>The backup {path} is encrypted: a passphrase is needed.</translation>
    </message>
    <message>
        <source>Bản sao lưu {path} bị hỏng; không khôi phục.</source>
        <translation>The backup {path} is damaged; nothing was restored.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu {path} đang được mở ở một cửa sổ dvdesktop khác. Hãy đóng cửa sổ đó rồi thử lại.</source>
        <translation>The data file {path} is open in another dvdesktop window. Close that window and try again.</translation>
    </message>
    <message>
        <source>Tệp {path} đã được mã hóa.</source>
        <translation>The file {path} is already encrypted.</translation>
    </message>
    <message>
        <source>Cần mật khẩu nhưng không có cửa sổ lệnh để nhập: đặt biến môi trường {env}.</source>
        <translation>A passphrase is needed but there is no terminal to type it in: set the environment variable {env}.</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <source>Không mở được {path}: thiếu tệp khóa {key} bên cạnh nó. Tệp dữ liệu đã mã hóa cần tệp khóa này: hãy chép tệp {name} (đi kèm tệp dữ liệu hoặc bản sao lưu) vào cùng thư mục. Nếu tệp được mã hóa trực tiếp bằng mật khẩu, không có tệp khóa, thì mật khẩu không đúng.</source>
        <translation>Cannot open {path}: the key file {key} beside it is missing. An encrypted data file needs this key file: copy {name} (it comes with the data file or the backup) into the same folder. If the file was encrypted directly with a passphrase, without a key file, the passphrase is wrong.</translation>
    </message>
    <message>
        <source>Mật khẩu cần ít nhất {n} ký tự.</source>
        <translation>The passphrase needs at least {n} characters.</translation>
    </message>
    <message>
        <source>Mật khẩu không được có dạng của một mã khôi phục.</source>
        <translation>The passphrase must not look like a recovery code.</translation>
    </message>
    <message>
        <source>Tệp {path} đã có. Tạo mới có mã hóa chỉ dùng cho tệp chưa có; để mã hóa tệp đang dùng, hãy dùng lệnh mã hóa (encrypt).</source>
        <translation>The file {path} already exists. Creating an encrypted file is only for a new file; to encrypt a file in use, use the encrypt command.</translation>
    </message>
    <message>
        <source>Tệp {path} chưa được mã hóa; hãy dùng lệnh mã hóa (encrypt).</source>
        <translation>The file {path} is not encrypted; use the encrypt command.</translation>
    </message>
    <message>
        <source>Mật khẩu (hoặc mã khôi phục) không đúng.</source>
        <extracomment>scrypt cost: about 0.1 s and 32 MiB on an old laptop, per unlock. What a key file may ask for: up to what this program writes with room for one doubling of N. A key file arrives with a backup on a USB stick; n = 2**24 would cost 16 GiB and minutes.</extracomment>
        <translation>Wrong passphrase (or recovery code).</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp khóa {path}. Tệp dữ liệu đã mã hóa cần tệp khóa đi kèm (chép cả hai tệp khi sao lưu).</source>
        <translation>Key file {path} not found. An encrypted data file needs its key file (copy both files when backing up).</translation>
    </message>
    <message>
        <source>Tệp khóa {path} bị hỏng hoặc không phải tệp khóa dvdesktop.</source>
        <translation>The key file {path} is damaged or is not a dvdesktop key file.</translation>
    </message>
    <message>
        <source>Tệp khóa {path} bị hỏng ({detail}), nên không mở được tệp dữ liệu. Hãy chép lại tệp khóa từ bản sao lưu (tệp .key đi kèm bản sao).</source>
        <translation>The key file {path} is damaged ({detail}), so the data file cannot be opened. Copy the key file again from a backup (the .key file that comes with the copy).</translation>
    </message>
    <message>
        <source>Không mở được tệp dữ liệu {path} ở chế độ ghi an toàn (WAL). Thư mục có thể chỉ cho phép đọc.</source>
        <extracomment>Catch these, not ``sqlite3.X`` alone: an encrypted file&apos;s errors come from sqlcipher3. Read them as ``database.SQLITE_ERRORS`` at the ``except`` (never copied by a from-import): ``sqlcipher()`` widens them when sqlcipher3 is loaded. How long a write waits for another process&apos;s lock before giving up (milliseconds).</extracomment>
        <translation>Could not open the data file {path} in safe write mode (WAL). The folder may be read-only.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu {path} đang được một chương trình khác sử dụng.</source>
        <translation>The data file {path} is in use by another program.</translation>
    </message>
    <message>
        <source>Tệp {path} không phải tệp dữ liệu dvdesktop, hoặc đã được mã hóa (cần nhập mật khẩu).</source>
        <translation>The file {path} is not a dvdesktop data file, or it is encrypted (a passphrase is needed).</translation>
    </message>
    <message>
        <source>Ổ đĩa đã đầy, chưa ghi được vào {path}. Dữ liệu cũ vẫn nguyên vẹn.</source>
        <translation>The disk is full; nothing was written to {path}. Existing data is intact.</translation>
    </message>
    <message>
        <source>Không có quyền ghi vào {path} (thư mục chỉ đọc hoặc bị khóa). Dữ liệu cũ vẫn nguyên vẹn.</source>
        <translation>No permission to write to {path} (read-only or locked folder). Existing data is intact.</translation>
    </message>
    <message>
        <source>Lỗi đọc/ghi ổ đĩa tại {path} (ổ có thể đã đầy, bị hỏng hoặc đã bị rút ra). Dữ liệu cũ vẫn nguyên vẹn.</source>
        <translation>Disk read/write error at {path} (the drive may be full, damaged or removed). Existing data is intact.</translation>
    </message>
    <message>
        <source>Không tìm thấy {path} nữa (ổ USB có thể đã bị rút ra). Dữ liệu cũ vẫn nguyên vẹn.</source>
        <translation>{path} can no longer be found (the USB drive may have been removed). Existing data is intact.</translation>
    </message>
    <message>
        <source>Không mở hoặc tạo được tệp {path} (thư mục không còn, chỉ cho phép đọc, hoặc ổ đĩa đã bị rút ra).</source>
        <translation>Could not open or create the file {path} (the folder is gone or read-only, or the drive was removed).</translation>
    </message>
    <message>
        <source>Lỗi lưu trữ tại {path}: {detail}</source>
        <translation>Storage error at {path}: {detail}</translation>
    </message>
    <message>
        <source>Tệp dữ liệu này do phiên bản dvdesktop mới hơn tạo ra (lược đồ “{name}”). Hãy cập nhật chương trình; tệp không bị thay đổi.</source>
        <translation>This data file was made by a newer dvdesktop (schema “{name}”). Update the program; the file was not changed.</translation>
    </message>
    <message>
        <source>Không bắt đầu in được: máy in chưa sẵn sàng.</source>
        <translation>Printing could not start: the printer is not ready.</translation>
    </message>
    <message>
        <source>Tệp {path} chưa có mã đơn vị: hãy khai báo đơn vị mới trước khi gộp.</source>
        <translation>The file {path} has no unit code: set up the new unit before merging.</translation>
    </message>
    <message>
        <source>Chưa chọn tệp dữ liệu của đơn vị cũ để gộp.</source>
        <translation>No data file of a former unit was chosen to merge.</translation>
    </message>
    <message>
        <source>Không gộp {path}: đây là tệp của chính đơn vị {unit}, không phải của đơn vị cũ.</source>
        <translation>Not merged {path}: this is unit {unit}&apos;s own file, not a former unit&apos;s.</translation>
    </message>
    <message>
        <source>Không gộp {path}: tệp này không có mã đơn vị.</source>
        <translation>Not merged {path}: this file has no unit code.</translation>
    </message>
    <message>
        <source>Không gộp: {path} và {other} đều là tệp của đơn vị {unit}.</source>
        <translation>Not merged: {path} and {other} are both files of unit {unit}.</translation>
    </message>
    <message>
        <source>Không gộp {path}: lịch sử của đơn vị {unit} đã được gộp vào tệp này.</source>
        <translation>Not merged {path}: the history of unit {unit} was already merged into this file.</translation>
    </message>
    <message>
        <source>Không gộp {path}: tệp có bản ghi ngày {last}, khi đơn vị mới đã tự ghi (từ ngày {start}). Chỉ gộp tệp cũ của đơn vị đã được thay.</source>
        <translation>Not merged {path}: the file has a record dated {last}, when the new unit was already recording its own work (since {start}). Merge only the old files of the units it replaced.</translation>
    </message>
    <message>
        <source>Không gộp gì: bản ghi “{record}” của đơn vị {unit} không hợp lệ: {problem} Hãy sửa trong tệp của đơn vị cũ rồi gộp lại.</source>
        <translation>Nothing merged: the record “{record}” of unit {unit} is not valid: {problem} Correct it in the former unit&apos;s file, then merge again.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Ghi chú</source>
        <extracomment>The unit types with units below them that report to them (chi bộ trực thuộc): their file receives those units&apos; packages (``Ledger.receives``).</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Tên hội nghị, nội dung</source>
        <translation>Meeting title, content</translation>
    </message>
    <message>
        <source>Văn bản học tập, quán triệt</source>
        <translation>Documents studied</translation>
    </message>
    <message>
        <source>Số hiệu văn bản, ví dụ 25-NQ/TW; 16/CT-TTg</source>
        <translation>Document numbers, e.g. 25-NQ/TW; 16/CT-TTg</translation>
    </message>
    <message>
        <source>Số đảng viên được triệu tập</source>
        <translation>Party members summoned</translation>
    </message>
    <message>
        <source>Để trống nếu không ghi số người dự</source>
        <translation>Leave empty if attendance was not counted</translation>
    </message>
    <message>
        <source>Số đảng viên dự</source>
        <translation>Party members present</translation>
    </message>
    <message>
        <source>Số điểm cầu</source>
        <translation>Number of sites</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Người chủ trì</source>
        <translation>Presided by</translation>
    </message>
    <message>
        <source>Chức danh, ví dụ Chủ tịch UBND xã</source>
        <translation>Title, e.g. Chair of the commune People&apos;s Committee</translation>
    </message>
    <message>
        <source>Đối thoại với</source>
        <translation>Dialogue with</translation>
    </message>
    <message>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Địa điểm (xã, phường, khu dân cư)</source>
        <translation>Place (commune, ward, residential area)</translation>
    </message>
    <message>
        <source>Số lượt người tham gia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Để trống nếu không ghi</source>
        <translation>Leave empty if not counted</translation>
    </message>
    <message>
        <source>Số lượt ý kiến</source>
        <translation>Opinions expressed</translation>
    </message>
    <message>
        <source>Vấn đề được nêu</source>
        <translation>Issues raised</translation>
    </message>
    <message>
        <source>Ngày thông báo trước</source>
        <translation>Date announced</translation>
    </message>
    <message>
        <source>Ngày công khai kết quả</source>
        <translation>Date results published</translation>
    </message>
    <message>
        <source>Ngày tiếp, ngày nhận đơn</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>Mã vụ việc</source>
        <translation>Case code</translation>
    </message>
    <message>
        <source>Các lượt tiếp, các đơn cùng một vụ việc dùng chung mã; để trống để tạo vụ việc mới</source>
        <translation>Visits and letters about the same matter share one code; leave empty to open a new case</translation>
    </message>
    <message>
        <source>Phân loại</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <source>Nội dung vụ việc</source>
        <translation>Content of the matter</translation>
    </message>
    <message>
        <source>Hướng xử lý</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Ngày thụ lý</source>
        <translation>Date accepted</translation>
    </message>
    <message>
        <source>Tính chất</source>
        <translation>Complexity</translation>
    </message>
    <message>
        <source>Lần giải quyết</source>
        <translation>Resolution round</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Ngày giải quyết xong</source>
        <translation>Date resolved</translation>
    </message>
    <message>
        <source>Cơ quan đã giải quyết</source>
        <translation>Body that resolved it</translation>
    </message>
    <message>
        <source>Theo dõi kết quả</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Họ tên công dân</source>
        <translation>Citizen&apos;s name</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Số CCCD/định danh</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <source>Tên mô hình, điển hình</source>
        <translation>Name of the model or exemplar</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tổ chức đăng ký</source>
        <translation>Registering organisation</translation>
    </message>
    <message>
        <source>Để trống nếu chính đơn vị mình đăng ký</source>
        <translation>Leave empty if your own unit registered it</translation>
    </message>
    <message>
        <source>Tập thể / cá nhân</source>
        <translation>Collective / individual</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Ngày đăng ký</source>
        <translation>Date registered</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nội dung, cách làm</source>
        <translation>Content and approach</translation>
    </message>
    <message>
        <source>Ngày quyết định</source>
        <translation>Date of decision</translation>
    </message>
    <message>
        <source>Tập thể, cá nhân được khen</source>
        <translation>Collective or person commended</translation>
    </message>
    <message>
        <source>Hình thức khen</source>
        <translation>Form of award</translation>
    </message>
    <message>
        <source>Cấp khen</source>
        <translation>Awarded by</translation>
    </message>
    <message>
        <source>Ví dụ Ban Thường vụ Đảng ủy Khối</source>
        <translation>E.g. Standing Committee of the Bloc Party Committee</translation>
    </message>
    <message>
        <source>Khen thưởng về</source>
        <translation>Awarded for</translation>
    </message>
    <message>
        <source>Phong trào, nội dung được khen; báo cáo nhóm khen thưởng theo đây</source>
        <translation>The movement or work awarded; reports group awards by it</translation>
    </message>
    <message>
        <source>Thành tích</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tổ chức đảng</source>
        <translation>Party organisation</translation>
    </message>
    <message>
        <source>Mức xếp loại</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Điểm (thang 100)</source>
        <translation>Score (out of 100)</translation>
    </message>
    <message>
        <source>Nội dung cam kết</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Ví dụ: tu dưỡng, rèn luyện, làm theo gương Bác</source>
        <translation>For example: tu dưỡng, rèn luyện, làm theo gương Bác</translation>
    </message>
    <message>
        <source>Số tổ chức đảng trực thuộc</source>
        <translation>Subordinate Party organisations</translation>
    </message>
    <message>
        <source>Đảng bộ: số chi bộ trực thuộc; chi bộ để trống</source>
        <translation>A đảng bộ: its subordinate cells; a chi bộ leaves it empty</translation>
    </message>
    <message>
        <source>Số tổ chức đảng đã tổ chức đăng ký</source>
        <translation>Organisations that held the registration</translation>
    </message>
    <message>
        <source>Số đảng viên đã đăng ký cam kết</source>
        <translation>Members who registered their commitment</translation>
    </message>
    <message>
        <source>Mã đơn vị</source>
        <extracomment>Fields every stored record carries besides its kind&apos;s own.</extracomment>
        <translation>Unit code</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Loại tổ chức</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <source>Cấp ủy cấp trên</source>
        <translation>Superior Party committee</translation>
    </message>
    <message>
        <source>Nơi nhận báo cáo, ví dụ Đảng ủy Khối …</source>
        <translation>Where reports go, e.g. the Bloc Party Committee …</translation>
    </message>
    <message>
        <source>Dòng cấp trên ở tiêu đề báo cáo</source>
        <translation>Superior line in the report heading</translation>
    </message>
    <message>
        <source>Số xã, phường (hoặc chi bộ) trực thuộc</source>
        <translation>Communes, wards (or cells) under the body</translation>
    </message>
    <message>
        <source>Để báo cáo ghi “ở 10/10 xã, phường” khi đối thoại</source>
        <translation>So the report can say “in 10/10 communes, wards” for dialogues</translation>
    </message>
    <message>
        <source>Gọi các đơn vị đó là</source>
        <translation>They are called</translation>
    </message>
    <message>
        <source>Ví dụ: xã, phường; chi bộ; khu dân cư</source>
        <translation>For example: xã, phường; chi bộ; khu dân cư</translation>
    </message>
    <message>
        <source>Gọi các tổ chức đảng trực thuộc là</source>
        <translation>Subordinate Party organisations are called</translation>
    </message>
    <message>
        <source>Ví dụ: chi bộ trực thuộc; tổ chức cơ sở đảng (dùng khi báo cáo cam kết, xếp loại)</source>
        <translation>For example: chi bộ trực thuộc; tổ chức cơ sở đảng (used for commitments and ratings)</translation>
    </message>
    <message>
        <source>Tên lĩnh vực thứ tư của mô hình</source>
        <translation>Name of the models&apos; fourth field</translation>
    </message>
    <message>
        <source>Theo cách gọi của cấp trên</source>
        <translation>As the superior body calls it</translation>
    </message>
    <message>
        <source>Số dưới 10 viết là 05</source>
        <translation>Counts below 10 as 05</translation>
    </message>
    <message>
        <source>Báo cáo viết “05 mô hình”, “03 đơn vị” như văn bản của Đảng</source>
        <translation>Reports write “05 mô hình”, “03 đơn vị” as Party documents do</translation>
    </message>
    <message>
        <source>Bắt đầu ghi chép trên chương trình từ ngày</source>
        <translation>Recording in the program since</translation>
    </message>
    <message>
        <source>Kỳ trước ngày này chưa có dữ liệu: báo cáo không so sánh với kỳ đó, trừ số liệu nhập tay</source>
        <translation>Periods before this day have no records: reports do not compare with them, except with figures entered by hand</translation>
    </message>
    <message>
        <source>Đảng bộ được báo cáo</source>
        <translation>Party organisation reported on</translation>
    </message>
    <message>
        <source>Ví dụ Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh</source>
        <translation>For example Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh</translation>
    </message>
    <message>
        <source>Ký hiệu viết tắt</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <source>Dùng trong số văn bản, ví dụ CB trong 12-BC/CB</source>
        <translation>Used in document numbers, e.g. CB in 12-BC/CB</translation>
    </message>
    <message>
        <source>Bí thư</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Thay mặt</source>
        <translation>Signing on behalf of</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Signer&apos;s title</translation>
    </message>
    <message>
        <source>Số đảng viên</source>
        <translation>Party members</translation>
    </message>
    <message>
        <source>Số người dự không phải đảng viên</source>
        <translation>Non-members present</translation>
    </message>
    <message>
        <source>Để trống nếu không có hoặc không ghi</source>
        <translation>Leave empty if none or not counted</translation>
    </message>
    <message>
        <source>Người dự không phải đảng viên là</source>
        <translation>The non-members were</translation>
    </message>
    <message>
        <source>Viết như Hướng dẫn 36-HD/VPTW, ví dụ ĐẢNG BỘ TỈNH NGHỆ AN; để trống thì dùng tên cấp trên; dấu | để chọn chỗ xuống dòng</source>
        <translation>As Hướng dẫn 36-HD/VPTW writes it, e.g. ĐẢNG BỘ TỈNH NGHỆ AN; empty uses the superior&apos;s name; | chooses a line break</translation>
    </message>
    <message>
        <source>Tên đơn vị ở tiêu đề báo cáo</source>
        <translation>Unit name in the report header</translation>
    </message>
    <message>
        <source>Để trống thì dùng tên đơn vị; dấu | để chọn chỗ xuống dòng, ví dụ ĐẢNG ỦY KHỐI CÁC CƠ QUAN | VÀ DOANH NGHIỆP TỈNH</source>
        <translation>Empty uses the unit name; | chooses a line break, e.g. ĐẢNG ỦY KHỐI CÁC CƠ QUAN | VÀ DOANH NGHIỆP TỈNH</translation>
    </message>
    <message>
        <source>Ví dụ T/M CHI ỦY; để trống thì theo loại tổ chức</source>
        <translation>For example T/M CHI ỦY; empty follows the organisation type</translation>
    </message>
    <message>
        <source>BÍ THƯ; PHÓ BÍ THƯ thì báo cáo ghi thêm dòng K/T BÍ THƯ</source>
        <translation>BÍ THƯ; with PHÓ BÍ THƯ the report adds the line K/T BÍ THƯ</translation>
    </message>
    <message>
        <source>Họ tên người ký</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <source>Để trống thì dùng tên bí thư</source>
        <translation>Empty uses the secretary&apos;s name</translation>
    </message>
    <message>
        <source>Ngày bắt đầu nhiệm kỳ</source>
        <translation>Start of the term</translation>
    </message>
    <message>
        <source>Số văn bản đánh từ 01 theo từng loại văn bản trong nhiệm kỳ</source>
        <translation>Document numbers start at 01 for each document type within the term</translation>
    </message>
    <message>
        <source>Địa danh ghi ngày tháng</source>
        <translation>Place name in the date line</translation>
    </message>
    <message>
        <source>Ví dụ Quỳnh Lưu</source>
        <translation>E.g. Quỳnh Lưu</translation>
    </message>
    <message>
        <source>Ngày chốt số liệu</source>
        <translation>Cut-off day</translation>
    </message>
    <message>
        <source>1 = theo tháng dương lịch; 15 = từ ngày 15 tháng trước đến ngày 14 tháng này</source>
        <translation>1 = calendar months; 15 = from the 15th of the previous month to the 14th of this month</translation>
    </message>
    <message>
        <source>Vùng sâu, vùng xa, đi lại khó khăn</source>
        <translation>Remote area, difficult to travel</translation>
    </message>
    <message>
        <source>Thời hạn giải quyết kiến nghị, phản ánh (ngày)</source>
        <translation>Days allowed for petitions and feedback</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Thông tin cá nhân trong gói gửi cấp trên</source>
        <translation>Personal data in the package for the superior</translation>
    </message>
    <message>
        <source>Rà soát {checked} đoạn chữ sẽ gửi cấp trên (tên hội nghị, chủ đề đối thoại, tên mô hình, mục II và III của báo cáo…), thấy {count} chỗ trông như thông tin cá nhân: số CCCD, CMND, số điện thoại, thư điện tử, họ tên có trong sổ tiếp công dân. Chưa ghi gì vào USB.</source>
        <translation>Screening the {checked} pieces of text that would go to the superior (meeting titles, dialogue topics, model names, sections II and III of the report…) found {count} places that look like personal data: ID card numbers, telephone numbers, e-mail addresses, names held in the citizen reception register. Nothing has been written to the USB stick.</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Trông như</source>
        <translation>Looks like</translation>
    </message>
    <message>
        <source>Chữ tìm thấy</source>
        <translation>Text found</translation>
    </message>
    <message>
        <source>Cách sửa</source>
        <translation>How to fix it</translation>
    </message>
    <message>
        <source>Mở bản ghi để sửa</source>
        <translation>Open the record to fix it</translation>
    </message>
    <message>
        <source>Đóng hộp này, mở bản ghi (hoặc trang Báo cáo) đang chọn để bỏ thông tin cá nhân; sau đó tạo lại gói</source>
        <translation>Close this box and open the selected record (or the Reports page) to remove the personal data; then make the package again</translation>
    </message>
    <message>
        <source>Tôi đã xem từng chỗ trên: đó không phải thông tin cá nhân của công dân (ví dụ số điện thoại đường dây nóng của cơ quan).</source>
        <translation>I have looked at each place above: none is a citizen&apos;s personal data (for example an office&apos;s hot-line number).</translation>
    </message>
    <message>
        <source>Vẫn gửi gói này</source>
        <translation>Send this package anyway</translation>
    </message>
    <message>
        <source>Chưa gửi</source>
        <translation>Do not send yet</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Chưa nhập ngày. Ví dụ hợp lệ: 05/02/2026.</source>
        <extracomment>Shown in place of a percentage whose denominator is zero (an en dash, as in print).</extracomment>
        <translation>No date entered. A valid example: 05/02/2026.</translation>
    </message>
    <message>
        <source>Ngày &quot;{text}&quot; không tồn tại.</source>
        <translation>The date &quot;{text}&quot; does not exist.</translation>
    </message>
    <message>
        <source>Không hiểu ngày &quot;{text}&quot;. Hãy nhập ngày/tháng/năm, ví dụ 05/02/2026.</source>
        <translation>Cannot read the date &quot;{text}&quot;. Type day/month/year, e.g. 05/02/2026.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>— chọn —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Sửa: {kind}</source>
        <translation>Edit: {kind}</translation>
    </message>
    <message>
        <source>Thêm mới: {kind}</source>
        <translation>New: {kind}</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <source>Ai đã tạo, sửa bản ghi này, lúc nào, sửa gì (Ctrl+H)</source>
        <translation>Who created and changed this record, when, and what changed (Ctrl+H)</translation>
    </message>
    <message>
        <source>* bắt buộc nhập · Ctrl+Enter: lưu · Esc: đóng</source>
        <translation>* required · Ctrl+Enter: save · Esc: close</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tạo mới</source>
        <extracomment>What an audit entry&apos;s action is called in a record&apos;s history.</extracomment>
        <translation>Created</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Xóa (vào thùng rác)</source>
        <translation>Deleted (to the trash)</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Xóa hẳn</source>
        <translation>Deleted for good</translation>
    </message>
    <message>
        <source>{field}: đã sửa</source>
        <translation>{field}: changed</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Lúc</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Người làm</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Việc</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Chưa lưu</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Thông tin vừa nhập chưa được lưu. Lưu lại trước khi đóng?</source>
        <translation>What you typed has not been saved. Save it before closing?</translation>
    </message>
    <message>
        <source>Bỏ</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Khai báo đơn vị</source>
        <translation>Set up your unit</translation>
    </message>
    <message>
        <source>Lần đầu sử dụng: hãy khai báo đơn vị của mình. Các thông tin này in trên tiêu đề báo cáo và trong gói gửi cấp trên; có thể sửa lại trong mục Cài đặt.</source>
        <translation>First use: please describe your unit. This is printed in report headings and in packages for the superior body; you can change it later under Settings.</translation>
    </message>
    <message>
        <source>Lưu và bắt đầu</source>
        <translation>Save and start</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Bảo mật tệp dữ liệu</source>
        <translation>Protecting the data file</translation>
    </message>
    <message>
        <source>Mã hóa ngay từ đầu (khuyên dùng)</source>
        <translation>Encrypt from the start (recommended)</translation>
    </message>
    <message>
        <source>Không mã hóa</source>
        <translation>Do not encrypt</translation>
    </message>
    <message>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Nhập lại mật khẩu:</source>
        <translation>&amp;Repeat the passphrase:</translation>
    </message>
    <message>
        <source>Sổ tiếp công dân chứa họ tên, số CCCD của công dân và danh tính người tố cáo: hãy mã hóa. Mật khẩu ít nhất 8 ký tự, nhập mỗi lần mở chương trình. Chương trình sẽ cho một mã khôi phục (chép ra giấy, cất riêng) để dùng khi quên mật khẩu.</source>
        <translation>The citizen reception register holds citizens&apos; names, ID numbers and the identity of denouncers: encrypt it. The passphrase has at least 8 characters and is typed each time the program opens. The program will give a recovery key (write it on paper, keep it apart) for when the passphrase is forgotten.</translation>
    </message>
    <message>
        <source>Đang tạo tệp dữ liệu và khóa ký số của đơn vị…</source>
        <translation>Making the data file and the unit&apos;s signing key…</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Hội nghị, sinh hoạt</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Đối thoại</source>
        <translation>Dialogues</translation>
    </message>
    <message>
        <source>Tiếp công dân, đơn thư</source>
        <translation>Citizen reception and petitions</translation>
    </message>
    <message>
        <source>Mô hình “Dân vận khéo”</source>
        <translation>“Skilful mass mobilisation” models</translation>
    </message>
    <message>
        <source>Mô hình, điển hình “Dân vận khéo”</source>
        <translation>“Skilful mass mobilisation” models and exemplars</translation>
    </message>
    <message>
        <source>Khen thưởng</source>
        <translation>Awards</translation>
    </message>
    <message>
        <source>Xếp loại chất lượng</source>
        <translation>Quality ratings</translation>
    </message>
    <message>
        <source>Đăng ký cam kết</source>
        <extracomment>The default wording of a commitment, as seed 004 writes it.</extracomment>
        <translation>Commitment registration</translation>
    </message>
    <message>
        <source>Đăng ký cam kết của đảng viên</source>
        <translation>Members&apos; commitment registrations</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Đã giải quyết</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>{date} (quá {days} ngày)</source>
        <translation>{date} ({days} days overdue)</translation>
    </message>
    <message>
        <source>{date} (còn {days} ngày)</source>
        <translation>{date} ({days} days left)</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Đảng viên dự</source>
        <translation>Members present</translation>
    </message>
    <message>
        <source>Người dự khác</source>
        <translation>Other attendees</translation>
    </message>
    <message>
        <source>Điểm cầu</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Người tham gia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Ý kiến</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <source>Số vấn đề</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Tổ chức đảng</source>
        <translation>Party organisations</translation>
    </message>
    <message>
        <source>Đảng viên đăng ký</source>
        <translation>Members registered</translation>
    </message>
    <message>
        <source>••• (được giữ bí mật)</source>
        <translation>••• (kept secret)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Hội nghị</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Đối thoại</source>
        <translation>Dialogues</translation>
    </message>
    <message>
        <source>Tiếp công dân</source>
        <translation>Citizen reception</translation>
    </message>
    <message>
        <source>Mô hình “Dân vận khéo”</source>
        <translation>Models (Dân vận khéo)</translation>
    </message>
    <message>
        <source>Khen thưởng</source>
        <translation>Awards</translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Cam kết</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Gửi cấp trên</source>
        <translation>Send to superior</translation>
    </message>
    <message>
        <source>Thùng rác</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>{title} — DỮ LIỆU MẪU</source>
        <extracomment>What Ctrl+Z undoes, last first: (&quot;delete&quot;, kind, id, None), (&quot;add&quot;, kind, id, None) or (&quot;edit&quot;, kind, id, the record as it was before the edit).</extracomment>
        <translation>{title} — SAMPLE DATA</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Mở tệp dữ liệu…</source>
        <translation>Open data file…</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Hoàn tác xóa: {kind}</source>
        <translation>Undo delete: {kind}</translation>
    </message>
    <message>
        <source>Hoàn tác thêm: {kind}</source>
        <translation>Undo add: {kind}</translation>
    </message>
    <message>
        <source>Hoàn tác sửa: {kind}</source>
        <translation>Undo edit: {kind}</translation>
    </message>
    <message>
        <source>Không có thao tác nào để hoàn tác.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Đơn vị trực thuộc</source>
        <translation>Reporting units</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Đã khôi phục bản ghi vừa xóa.</source>
        <translation>The deleted record was restored.</translation>
    </message>
    <message>
        <source>Đã bỏ bản ghi vừa thêm (chuyển vào thùng rác).</source>
        <translation>The record just added was removed (moved to the trash).</translation>
    </message>
    <message>
        <source>Đã hoàn tác lần sửa vừa rồi.</source>
        <translation>The last edit was undone.</translation>
    </message>
    <message>
        <source>Mở tệp dữ liệu</source>
        <translation>Open data file</translation>
    </message>
    <message>
        <source>Tệp dữ liệu dvdesktop (*.db);;Mọi tệp (*)</source>
        <translation>dvdesktop data files (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp hướng dẫn: {path}</source>
        <translation>User guide not found: {path}</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&lt;b&gt;dvdesktop {version}&lt;/b&gt;&lt;br&gt;Ghi chép, báo cáo và gửi cấp trên kết quả công tác dân vận của tổ chức cơ sở đảng.&lt;br&gt;&lt;br&gt;Giấy phép: GNU GPL phiên bản 3 trở lên (GPL-3.0-or-later).&lt;br&gt;Tệp dữ liệu: {path}&lt;br&gt;Thư mục dữ liệu: {folder}</source>
        <translation>&lt;b&gt;dvdesktop {version}&lt;/b&gt;&lt;br&gt;Records, reports and packages for the superior body on the mass mobilisation work of grassroots Party units.&lt;br&gt;&lt;br&gt;Licence: GNU GPL version 3 or later (GPL-3.0-or-later).&lt;br&gt;Data file: {path}&lt;br&gt;Data folder: {folder}</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>Đã nhận</source>
        <extracomment>Row colours of an import&apos;s outcome and a unit&apos;s standing.</extracomment>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Đã nhận (thay lần gửi trước)</source>
        <translation>Accepted (replaces the earlier submission)</translation>
    </message>
    <message>
        <source>Đã có (trùng)</source>
        <translation>Already received (duplicate)</translation>
    </message>
    <message>
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Cách ly (chờ xác nhận khóa)</source>
        <translation>Quarantined (key to be confirmed)</translation>
    </message>
    <message>
        <source>Bỏ qua (không phải tệp gói)</source>
        <translation>Skipped (not a package file)</translation>
    </message>
    <message>
        <source>Nhận gói báo cáo</source>
        <translation>Receive report packages</translation>
    </message>
    <message>
        <source>Cắm USB của đơn vị, chọn ổ rồi nhấn “Nhận tất cả gói trong ổ này”, hoặc chọn từng tệp .dvpkg. Mỗi gói được kiểm tra chữ ký số trước khi nhận; trước khi nhận, dữ liệu văn phòng được tự động sao lưu.</source>
        <translation>Plug in the unit&apos;s USB stick, choose the drive and press “Receive every package on this drive”, or choose .dvpkg files one by one. Each package&apos;s digital signature is checked before it is accepted; the office data is backed up automatically first.</translation>
    </message>
    <message>
        <source>Chọn ổ USB hoặc thư mục chứa gói</source>
        <translation>Choose the USB drive or folder holding the packages</translation>
    </message>
    <message>
        <source>Nhận tất cả gói trong ổ này</source>
        <translation>Receive every package on this drive</translation>
    </message>
    <message>
        <source>Chọn tệp gói…</source>
        <translation>Choose package files…</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>Lần gửi</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Chọn tệp gói báo cáo</source>
        <translation>Choose report package files</translation>
    </message>
    <message>
        <source>Gói báo cáo (*.dvpkg);;Mọi tệp (*)</source>
        <translation>Report packages (*.dvpkg);;All files (*)</translation>
    </message>
    <message>
        <source>Đang sao lưu dữ liệu văn phòng…</source>
        <translation>Backing up the office data…</translation>
    </message>
    <message>
        <source>Đang kiểm tra và nhận các gói…</source>
        <translation>Checking and receiving the packages…</translation>
    </message>
    <message>
        <source>Đã nhận (đơn vị đã đổi khóa)</source>
        <translation>Received (the unit changed its key)</translation>
    </message>
    <message>
        <source>Không tìm thấy gói .dvpkg nào.</source>
        <translation>No .dvpkg package found.</translation>
    </message>
    <message>
        <source>Đã xét {n} gói. {parts}</source>
        <translation>{n} package(s) examined. {parts}</translation>
    </message>
    <message>
        <source>Có gói bị cách ly: xem trang Cách ly để xác nhận khóa của đơn vị.</source>
        <translation>Some packages were quarantined: see the Quarantine page to confirm the unit&apos;s key.</translation>
    </message>
    <message>
        <source>Đơn vị {unit} đang đăng ký khóa
{registered}
Gói này ký bằng khóa mới
{fingerprint}
mà khóa cũ không xác nhận. Đã gọi điện cho đơn vị (theo số văn phòng đã biết) và đơn vị đọc đúng từng ký tự của khóa mới?

Sau khi xác nhận, khóa cũ không còn được tin; mọi gói ký bằng khóa mới được nhận là của đơn vị {unit}.</source>
        <translation>Unit {unit} is registered with the key
{registered}
This package is signed with a new key
{fingerprint}
which the old key did not confirm. Did you call the unit (on the number the office already knows) and did it read out every character of the new key?

Once confirmed, the old key is no longer trusted; every package signed with the new key is taken as unit {unit}&apos;s.</translation>
    </message>
    <message>
        <source>Xác nhận dấu vân tay</source>
        <translation>Confirm fingerprint</translation>
    </message>
    <message>
        <source>Đã gọi điện hoặc đối chiếu với báo cáo giấy của đơn vị {unit} và dấu vân tay trùng khớp từng ký tự?

{fingerprint}

Sau khi xác nhận, mọi gói ký bằng khóa này được nhận là của đơn vị {unit}.</source>
        <translation>Have you phoned unit {unit} or compared with its paper report, and does the fingerprint match character by character?

{fingerprint}

Once confirmed, every package signed with this key is accepted as coming from unit {unit}.</translation>
    </message>
    <message>
        <source>Trùng khớp, tin khóa này</source>
        <translation>It matches, trust this key</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Gói đang cách ly</source>
        <translation>Quarantined packages</translation>
    </message>
    <message>
        <source>Dấu vân tay</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Nhận lúc</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Đã đăng ký khóa của đơn vị {unit}; nhận {n} gói đang cách ly.</source>
        <translation>Registered the key of unit {unit}; {n} quarantined package(s) accepted.</translation>
    </message>
    <message>
        <source>Đăng ký khóa của đơn vị</source>
        <translation>Register a unit&apos;s key</translation>
    </message>
    <message>
        <source>Chọn tệp khóa công khai (.pub) đơn vị gửi, rồi đọc dấu vân tay hiện dưới đây cho đơn vị nghe qua điện thoại: chỉ đăng ký khi đơn vị xác nhận trùng khớp.</source>
        <translation>Choose the public key file (.pub) the unit sent, then read the fingerprint shown below to the unit over the phone: register it only when the unit confirms it matches.</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Mã đơn vị:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <source>Tệp khóa công khai:</source>
        <translation>Public key file:</translation>
    </message>
    <message>
        <source>Đã đối chiếu, đăng ký</source>
        <translation>Compared, register</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Chọn tệp khóa công khai</source>
        <translation>Choose the public key file</translation>
    </message>
    <message>
        <source>Khóa công khai (*.pub);;Mọi tệp (*)</source>
        <translation>Public keys (*.pub);;All files (*)</translation>
    </message>
    <message>
        <source>Không đọc được tệp khóa {path}.</source>
        <translation>Could not read the key file {path}.</translation>
    </message>
    <message>
        <source>Chưa nhập mã đơn vị.</source>
        <translation>No unit code entered.</translation>
    </message>
    <message>
        <source>Đơn vị kế tục</source>
        <translation>Successor unit</translation>
    </message>
    <message>
        <source>Khi hai đơn vị sáp nhập, ghi mã đơn vị cũ và mã đơn vị mới thay nó: đơn vị cũ không còn bị tính là chưa gửi báo cáo, lịch sử của nó được báo cáo dưới đơn vị mới.</source>
        <translation>When two units merge, enter the old unit&apos;s code and the code of the new unit that replaces it: the old unit is no longer counted as not having reported, and its history is reported under the new unit.</translation>
    </message>
    <message>
        <source>Mã đơn vị cũ:</source>
        <translation>Old unit code:</translation>
    </message>
    <message>
        <source>Mã đơn vị mới (kế tục):</source>
        <translation>New (successor) unit code:</translation>
    </message>
    <message>
        <source>Ghi đơn vị kế tục</source>
        <translation>Record the successor</translation>
    </message>
    <message>
        <source>Chưa nhập mã đơn vị cũ.</source>
        <translation>The old unit code is not entered.</translation>
    </message>
    <message>
        <source>Chưa nhập mã đơn vị mới.</source>
        <translation>The new unit code is not entered.</translation>
    </message>
    <message>
        <source>Mã đơn vị mới phải khác mã đơn vị cũ.</source>
        <translation>The new unit code must differ from the old one.</translation>
    </message>
    <message>
        <source>Đơn vị và khóa ký số</source>
        <translation>Units and signing keys</translation>
    </message>
    <message>
        <source>Đăng ký khóa…</source>
        <translation>Register a key…</translation>
    </message>
    <message>
        <source>Đơn vị kế tục…</source>
        <translation>Successor unit…</translation>
    </message>
    <message>
        <source>Mã đơn vị</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Đăng ký lúc</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Đã ghi: đơn vị {new} kế tục đơn vị {old}.</source>
        <translation>Recorded: unit {new} succeeds unit {old}.</translation>
    </message>
    <message>
        <source>Đã đăng ký khóa của đơn vị {unit}.</source>
        <translation>Registered the key of unit {unit}.</translation>
    </message>
    <message>
        <source>Đã xét lại {n} gói đang cách ly của đơn vị.</source>
        <translation>{n} quarantined package(s) of the unit examined again.</translation>
    </message>
    <message>
        <source>&amp;Kỳ báo cáo:</source>
        <translation>Reporting &amp;period:</translation>
    </message>
    <message>
        <source>Tình hình gửi báo cáo</source>
        <translation>Reporting status</translation>
    </message>
    <message>
        <source>Số hội nghị</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Số lượt đảng viên dự hội nghị</source>
        <translation>Members present at meetings</translation>
    </message>
    <message>
        <source>Số đảng viên được triệu tập</source>
        <translation>Members summoned</translation>
    </message>
    <message>
        <source>Số cuộc đối thoại</source>
        <translation>Dialogues</translation>
    </message>
    <message>
        <source>Số lượt tiếp công dân</source>
        <translation>Citizen visits received</translation>
    </message>
    <message>
        <source>Số đơn thư</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Số vụ việc</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Số vụ việc đã giải quyết</source>
        <translation>Cases resolved</translation>
    </message>
    <message>
        <source>Số mô hình</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>Số quyết định khen thưởng</source>
        <translation>Award decisions</translation>
    </message>
    <message>
        <source>Số tập thể được khen</source>
        <translation>Collectives awarded</translation>
    </message>
    <message>
        <source>Số cá nhân được khen</source>
        <translation>Individuals awarded</translation>
    </message>
    <message>
        <source>Số đơn vị được đánh giá</source>
        <translation>Units rated</translation>
    </message>
    <message>
        <source>Số đơn vị đạt khá trở lên</source>
        <translation>Units rated good or better</translation>
    </message>
    <message>
        <source>Hạn gửi (tính cả ngày này):</source>
        <translation>Due date (inclusive):</translation>
    </message>
    <message>
        <source>Lưu hạn gửi</source>
        <translation>Save due date</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gửi lần đầu</source>
        <translation>First received</translation>
    </message>
    <message>
        <source>Lần gửi hiện hành</source>
        <translation>Current submission</translation>
    </message>
    <message>
        <source>&amp;Truy nguồn số liệu…</source>
        <translation>&amp;Trace a figure…</translation>
    </message>
    <message>
        <source>(chọn số liệu)</source>
        <translation>(choose a figure)</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>{total} đơn vị: đúng hạn {on_time}, trễ hạn {late}, chưa gửi {missing}.</source>
        <extracomment>code path (body, unit, unit below ...) -&gt; its item in the tree</extracomment>
        <translation>{total} units: on time {on_time}, late {late}, missing {missing}.</translation>
    </message>
    <message>
        <source>lần {n}</source>
        <translation>rev. {n}</translation>
    </message>
    <message>
        <source>chưa gửi: {codes}</source>
        <translation>not sent: {codes}</translation>
    </message>
    <message>
        <source>trễ hạn: {codes}</source>
        <translation>late: {codes}</translation>
    </message>
    <message>
        <source>bỏ khỏi danh sách từ lần trước: {code}</source>
        <translation>dropped from the list since last time: {code}</translation>
    </message>
    <message>
        <source>thay đổi: {code} lần {old} → lần {new}</source>
        <translation>changed: {code} rev. {old} → rev. {new}</translation>
    </message>
    <message>
        <source>thay đổi: {code} mới: lần {new}</source>
        <translation>changed: {code} new: rev. {new}</translation>
    </message>
    <message>
        <source>Tự ghi: {own}; tổng của cả đảng bộ: {total}</source>
        <translation>Own records: {own}; whole Party organisation: {total}</translation>
    </message>
    <message>
        <source>Ngày không hợp lệ: {text}</source>
        <translation>Invalid date: {text}</translation>
    </message>
    <message>
        <source>Đã lưu hạn gửi báo cáo.</source>
        <translation>Due date saved.</translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp</source>
        <translation>Consolidated report</translation>
    </message>
    <message>
        <source>Xem trước và in…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <source>Tạo báo cáo PDF…</source>
        <translation>Make PDF report…</translation>
    </message>
    <message>
        <source>Tạo báo cáo Word (.docx)…</source>
        <translation>Make Word report (.docx)…</translation>
    </message>
    <message>
        <source>Kỳ này đã nhận báo cáo của {sent}/{total} đơn vị.</source>
        <translation>Reports received from {sent}/{total} units for this period.</translation>
    </message>
    <message>
        <source>Đang tạo báo cáo tổng hợp…</source>
        <translation>Making the consolidated report…</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Lưu báo cáo tổng hợp</source>
        <translation>Save the consolidated report</translation>
    </message>
    <message>
        <source>Đã tạo báo cáo: {path}</source>
        <translation>Report made: {path}</translation>
    </message>
    <message>
        <source>Tên cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>Đảng bộ được báo cáo</source>
        <translation>Party organisation reported on</translation>
    </message>
    <message>
        <source>Cơ quan cấp trên</source>
        <translation>Superior body</translation>
    </message>
    <message>
        <source>Địa danh (dòng ngày tháng)</source>
        <translation>Place (date line)</translation>
    </message>
    <message>
        <source>Chữ viết tắt (sau BC/)</source>
        <translation>Abbreviation (after BC/)</translation>
    </message>
    <message>
        <source>Khóa mới, khóa cũ không xác nhận</source>
        <translation>New key, not confirmed by the old one</translation>
    </message>
    <message>
        <source>Đơn vị chưa đăng ký</source>
        <translation>Unit not registered</translation>
    </message>
    <message>
        <source>Đơn vị {unit} đã đăng ký khóa {registered}, nhưng gói này ký bằng một khóa khác và không kèm thông báo đổi khóa ký bằng khóa đã đăng ký. Có thể đơn vị đã cài lại máy hoặc mất máy, nhưng cũng có thể có người giả danh đơn vị. Gọi điện cho đơn vị theo số điện thoại văn phòng đã có (không dùng số ghi trong gói), đề nghị đọc dấu vân tay mới (in cuối báo cáo giấy, hoặc ở Cài đặt của chương trình): chỉ khi trùng từng ký tự mới nhấn “Xác nhận dấu vân tay”.</source>
        <translation>Unit {unit} is registered with the key {registered}, but this package is signed with another key and carries no key change announced by the registered key. The unit may have reinstalled or lost its computer, but someone may also be posing as the unit. Call the unit on the office&apos;s known telephone number (not a number written in the package) and ask it to read out the new fingerprint (printed at the end of its paper report, or in the program&apos;s Settings): press “Confirm fingerprint” only if every character matches.</translation>
    </message>
    <message>
        <source>Đơn vị {unit} chưa đăng ký khóa với văn phòng. Gọi điện cho đơn vị theo số điện thoại văn phòng đã có, đề nghị đọc dấu vân tay (in cuối báo cáo giấy, hoặc ở Cài đặt của chương trình) và so từng ký tự với dấu vân tay dưới đây; chỉ khi trùng khớp mới nhấn “Xác nhận dấu vân tay”.</source>
        <translation>Unit {unit} has not registered its key with the office. Call the unit on the office&apos;s known telephone number, ask it to read out its fingerprint (printed at the end of its paper report, or in the program&apos;s Settings) and compare each character with the fingerprint below; press “Confirm fingerprint” only if they match.</translation>
    </message>
    <message>
        <source>Gói nguyên vẹn nhưng ký bằng khóa văn phòng chưa tin: đơn vị mới, hoặc đơn vị có khóa mới mà khóa cũ không xác nhận. Đơn vị đổi khóa bằng chức năng “Đổi khóa ký” thì gói mang thông báo ký bằng khóa cũ: văn phòng tự nhận khóa mới và gói không vào đây (xem trang Đơn vị).</source>
        <translation>Intact packages signed with a key the office does not trust yet: a new unit, or a unit with a new key its old key did not confirm. A unit that changes its key with “Change signing key” sends an announcement signed by its old key: the office takes the new key by itself and the package does not come here (see the Units page).</translation>
    </message>
    <message>
        <source>Tình huống</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Khóa đã đăng ký</source>
        <translation>Registered key</translation>
    </message>
    <message>
        <source>Khóa ký gói này</source>
        <translation>Key that signed this package</translation>
    </message>
    <message>
        <source>Khóa đã đăng ký của đơn vị:</source>
        <translation>The unit&apos;s registered key:</translation>
    </message>
    <message>
        <source>Khóa ký gói này (cần đối chiếu):</source>
        <translation>Key that signed this package (to compare):</translation>
    </message>
    <message>
        <source>(chưa đăng ký)</source>
        <translation>(not registered)</translation>
    </message>
    <message>
        <source>Không có gói nào đang cách ly.</source>
        <translation>No package is in quarantine.</translation>
    </message>
    <message>
        <source>Cách đăng ký khóa</source>
        <translation>How the key was registered</translation>
    </message>
    <message>
        <source>Văn phòng xác nhận (đối chiếu dấu vân tay)</source>
        <translation>Confirmed by the office (fingerprint compared)</translation>
    </message>
    <message>
        <source>Đơn vị đổi khóa: khóa cũ {old} xác nhận (tự động)</source>
        <translation>The unit changed its key: confirmed by its old key {old} (automatically)</translation>
    </message>
    <message>
        <source>Báo cáo cộng số liệu của các gói đã nhận trong kỳ (mỗi đơn vị lấy lần gửi mới nhất), theo thông tin văn phòng ở trang “Thông tin văn phòng”; phần I do chương trình viết, phần II và III văn phòng tự viết dưới đây (lưu theo từng kỳ).</source>
        <translation>The report adds up the figures of the packages received for the period (the latest submission of each unit), with the office details of the “Office details” page; part I is written by the program, parts II and III by the office below (kept per period).</translation>
    </message>
    <message>
        <source>II. Hạn chế, nguyên nhân (văn phòng tự viết):</source>
        <translation>II. Shortcomings and causes (written by the office):</translation>
    </message>
    <message>
        <source>III. Phương hướng, nhiệm vụ (văn phòng tự viết):</source>
        <translation>III. Directions and tasks (written by the office):</translation>
    </message>
    <message>
        <source>Lưu nội dung</source>
        <translation>Save the text</translation>
    </message>
    <message>
        <source>Xuất Excel (bảng theo đơn vị)…</source>
        <translation>Export to Excel (table by unit)…</translation>
    </message>
    <message>
        <source>Bảng số liệu theo từng đơn vị và số liệu tổng hợp, để tính trong Excel</source>
        <translation>The figures of each unit and the summed figures, to compute with in Excel</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Đang xuất Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
    <message>
        <source>Tên cơ quan ở tiêu đề báo cáo</source>
        <translation>Issuing body as the report header writes it</translation>
    </message>
    <message>
        <source>Dòng cấp trên ở tiêu đề báo cáo</source>
        <translation>Superior line of the report header</translation>
    </message>
    <message>
        <source>Ngày bắt đầu nhiệm kỳ</source>
        <translation>Start of the term</translation>
    </message>
    <message>
        <source>Thể thức ký</source>
        <translation>Signing formula</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Signer&apos;s position</translation>
    </message>
    <message>
        <source>Họ tên người ký</source>
        <translation>Signer&apos;s full name</translation>
    </message>
    <message>
        <source>Nơi nhận (mỗi dòng một nơi)</source>
        <translation>Recipients (one per line)</translation>
    </message>
    <message>
        <source>Tên lĩnh vực thứ tư của mô hình</source>
        <translation>Name of the fourth field of models</translation>
    </message>
    <message>
        <source>Số dưới 10 viết là 05</source>
        <translation>Write numbers below 10 as 05</translation>
    </message>
    <message>
        <source>Ví dụ: Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh</source>
        <translation>E.g. Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh</translation>
    </message>
    <message>
        <source>Để trống thì dùng tên cơ quan; dấu | để chọn chỗ xuống dòng</source>
        <translation>Leave empty to use the issuing body&apos;s name; a | marks where the line breaks</translation>
    </message>
    <message>
        <source>Ví dụ: Đảng bộ Khối</source>
        <translation>E.g. Đảng bộ Khối</translation>
    </message>
    <message>
        <source>Ví dụ: Tỉnh ủy Nghệ An</source>
        <translation>E.g. Tỉnh ủy Nghệ An</translation>
    </message>
    <message>
        <source>Ví dụ: ĐẢNG BỘ TỈNH NGHỆ AN (để trống thì dùng cơ quan cấp trên)</source>
        <translation>For example: ĐẢNG BỘ TỈNH NGHỆ AN (leave empty to use the superior body)</translation>
    </message>
    <message>
        <source>Ví dụ: ĐUK</source>
        <translation>E.g. ĐUK</translation>
    </message>
    <message>
        <source>Ví dụ: Vinh</source>
        <translation>For example: Vinh</translation>
    </message>
    <message>
        <source>Ví dụ: T/M BAN THƯỜNG VỤ</source>
        <translation>E.g. T/M BAN THƯỜNG VỤ</translation>
    </message>
    <message>
        <source>Ví dụ: PHÓ BÍ THƯ</source>
        <translation>E.g. PHÓ BÍ THƯ</translation>
    </message>
    <message>
        <source>Viết như Hướng dẫn 36-HD/VPTW, ví dụ ĐẢNG ỦY KHỐI CÁC CƠ QUAN | VÀ DOANH NGHIỆP TỈNH.</source>
        <translation>As Guideline 36-HD/VPTW writes it, for example ĐẢNG ỦY KHỐI CÁC CƠ QUAN | VÀ DOANH NGHIỆP TỈNH.</translation>
    </message>
    <message>
        <source>Dòng trên cùng bên trái của báo cáo.</source>
        <translation>The top left line of the report.</translation>
    </message>
    <message>
        <source>Số văn bản đánh lại từ 01 theo từng loại văn bản trong mỗi nhiệm kỳ.</source>
        <translation>Document numbers start again from 01 for each document type in each term.</translation>
    </message>
    <message>
        <source>Theo cách gọi của cấp trên: “xây dựng hệ thống chính trị” hay “xây dựng Đảng”.</source>
        <translation>As the superior calls it: “building the political system” or “Party building”.</translation>
    </message>
    <message>
        <source>Báo cáo viết “05 mô hình”, “03 đơn vị” như văn bản của Đảng.</source>
        <translation>Reports write “05 models”, “03 units” as Party documents do.</translation>
    </message>
    <message>
        <source>Thông tin văn phòng</source>
        <translation>Office details</translation>
    </message>
    <message>
        <source>Các thông tin này in ở đầu và cuối báo cáo tổng hợp.</source>
        <translation>These details are printed at the top and bottom of the consolidated report.</translation>
    </message>
    <message>
        <source>Lưu thông tin văn phòng</source>
        <translation>Save office details</translation>
    </message>
    <message>
        <source>Đã lưu thông tin văn phòng.</source>
        <translation>Office details saved.</translation>
    </message>
    <message>
        <source>Nhận gói</source>
        <extracomment>The guide&apos;s pictures are shown at most this wide in the help window. The heading of a body&apos;s pages for its units in the navigation.</extracomment>
        <translation>Receive packages</translation>
    </message>
    <message>
        <source>Cách ly</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <source>Đơn vị {unit} chưa được đăng ký khóa. Hãy gọi đơn vị đối chiếu dấu vân tay {fingerprint} rồi đăng ký khóa (khoi trust).</source>
        <translation>Unit {unit} has no registered key. Call the unit to compare the fingerprint {fingerprint}, then register the key (khoi trust).</translation>
    </message>
    <message>
        <source>Không đăng ký được: khóa {fingerprint} đã được đăng ký cho đơn vị {owner}. Mỗi đơn vị có khóa riêng; hãy gọi cả hai đơn vị để hỏi.</source>
        <translation>Cannot register: the key {fingerprint} is already registered for unit {owner}. Each unit has its own key; call both units to ask.</translation>
    </message>
    <message>
        <source>Bỏ qua: đây là liên kết tượng trưng (symlink), không phải tệp gói.</source>
        <translation>Skipped: this is a symbolic link (symlink), not a package file.</translation>
    </message>
    <message>
        <source>Bỏ qua: đây là {what}, không phải tệp gói.</source>
        <translation>Skipped: this is {what}, not a package file.</translation>
    </message>
    <message>
        <source>Gói bị từ chối: gói ghi là của đơn vị {unit} nhưng được ký bằng khóa {fingerprint} đã đăng ký cho đơn vị {owner}. Một đơn vị không gửi gói thay đơn vị khác; hãy gọi cả hai đơn vị.</source>
        <translation>Package refused: it says it is from unit {unit} but is signed with the key {fingerprint} registered for unit {owner}. One unit does not send packages for another; call both units.</translation>
    </message>
    <message>
        <source>Gói bị từ chối: được ký bằng khóa cũ {fingerprint} của đơn vị {unit}, đã được thay bằng khóa {current}. Đề nghị đơn vị xuất lại gói (gói mới sẽ ký bằng khóa hiện tại).</source>
        <translation>Package refused: signed with the former key {fingerprint} of unit {unit}, since replaced by the key {current}. Ask the unit to export the package again (it will be signed with the current key).</translation>
    </message>
    <message>
        <source>Gói của đơn vị {unit} được ký bằng khóa mới {fingerprint}, khác khóa đã đăng ký {registered}, và không có thông báo đổi khóa ký bằng khóa đã đăng ký. Hãy gọi đơn vị đối chiếu khóa mới trước khi tin.</source>
        <translation>The package of unit {unit} is signed with a new key {fingerprint}, not the registered key {registered}, and carries no key change announcement signed by the registered key. Call the unit to compare the new key before trusting it.</translation>
    </message>
    <message>
        <source>Đơn vị {unit} đã đổi khóa ký: khóa mới {new} được khóa đã đăng ký {old} xác nhận (thông báo đổi khóa ký bằng khóa cũ); đã đăng ký khóa mới.</source>
        <translation>Unit {unit} changed its signing key: the new key {new} is confirmed by the registered key {old} (a key change announcement signed by the old key); the new key is now registered.</translation>
    </message>
    <message>
        <source>Gói này đã được nhận trước đó.</source>
        <translation>This package was already received.</translation>
    </message>
    <message>
        <source>Gói bị từ chối: mã gói {uuid} đã thuộc về một gói khác đã nhận (gói giả mạo hoặc bị sửa).</source>
        <translation>Package refused: package id {uuid} belongs to another package already received (forged or altered).</translation>
    </message>
    <message>
        <source>Gói bị từ chối: đây là lần gửi {revision}, cũ hơn lần gửi {current} đã nhận của đơn vị cho kỳ {period}.</source>
        <translation>Package refused: this is submission {revision}, older than submission {current} already received from the unit for {period}.</translation>
    </message>
    <message>
        <source>Gói bị từ chối: đã nhận một gói khác cũng là lần gửi {revision} của đơn vị cho kỳ {period}.</source>
        <translation>Package refused: another package that is also submission {revision} from the unit for {period} was already received.</translation>
    </message>
    <message>
        <source>Gói đang cách ly này không còn nữa.</source>
        <translation>This quarantined package is no longer there.</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <extracomment>``submitted``: received, but no due date was set for the period.</extracomment>
        <translation>On time</translation>
    </message>
    <message>
        <source>Trễ hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Chưa gửi</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Chưa nhập kỳ báo cáo.</source>
        <translation>No reporting period entered.</translation>
    </message>
    <message>
        <source>Tệp báo cáo phải có đuôi .pdf, .docx hoặc .xlsx: {path}</source>
        <translation>A report file must end in .pdf, .docx or .xlsx: {path}</translation>
    </message>
    <message>
        <source>Không đọc được {path}: {detail}</source>
        <translation>Could not read {path}: {detail}</translation>
    </message>
    <message>
        <source>JSON không hợp lệ ở dòng {line}: {msg}.</source>
        <translation>Invalid JSON at line {line}: {msg}.</translation>
    </message>
    <message>
        <source>Tệp phần II, III phải là {{&quot;limitations&quot;: &quot;...&quot;, &quot;directions&quot;: &quot;...&quot;}}.</source>
        <translation>The file of sections II and III must be {{&quot;limitations&quot;: &quot;...&quot;, &quot;directions&quot;: &quot;...&quot;}}.</translation>
    </message>
    <message>
        <source>Ngày bắt đầu nhiệm kỳ: “{value}” không phải ngày hợp lệ (dd/mm/yyyy).</source>
        <extracomment>The office profile: what heads its consolidated report. ``organisation`` is the Party organisation whose figures are reported (&quot;Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh&quot;), ``name`` the issuing body (&quot;Đảng ủy Khối ...&quot;), ``superior`` the body above it. ``superior_header`` and ``issuer_header`` are those lines as the header prints them (36-HD: &quot;ĐẢNG BỘ TỈNH NGHỆ AN&quot;; &quot;|&quot; marks a chosen line break); ``term_start`` starts the numbering of documents from 01; ``political_label`` (&quot;political_system&quot; or &quot;party_building&quot;) names the fourth field of models; ``pad_counts`` (&quot;1&quot;) writes &quot;05 mô hình&quot;.</extracomment>
        <translation>Start of the term: “{value}” is not a valid date (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>Tên lĩnh vực: “{value}” không hợp lệ; chọn một trong: {allowed}.</source>
        <translation>Field name: “{value}” is not valid; choose one of: {allowed}.</translation>
    </message>
    <message>
        <source>Viết số có số 0 đứng trước: chọn 1 (có) hoặc 0 (không).</source>
        <translation>Leading zeros: choose 1 (yes) or 0 (no).</translation>
    </message>
    <message>
        <source>{field}: dài quá {limit} ký tự.</source>
        <translation>{field}: longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Gói bị từ chối: danh sách đơn vị trong gói của {sender} ghi đơn vị {unit} hai lần.</source>
        <extracomment>Unit codes looked up per query (SQLite&apos;s default limit is 999 parameters).</extracomment>
        <translation>Package refused: the list of units in the package of {sender} names unit {unit} twice.</translation>
    </message>
    <message>
        <source>Gói bị từ chối: gói của {sender} kỳ {period} dựa trên gói kỳ {other} của đơn vị {unit}.</source>
        <translation>Package refused: the package of {sender} for period {period} rests on a package of unit {unit} for period {other}.</translation>
    </message>
    <message>
        <source>Gói bị từ chối: số liệu tổng hợp của {sender} ({key} = {stated}) khác tổng của đơn vị và các đơn vị trong danh sách ({total}).</source>
        <translation>Package refused: the consolidated figures of {sender} ({key} = {stated}) differ from the sum of its own and its listed units&apos; figures ({total}).</translation>
    </message>
    <message>
        <source>Gói bị từ chối: {sender} ghi đã nhận {stated} gói nhưng danh sách có {listed} đơn vị.</source>
        <translation>Package refused: {sender} states it received {stated} packages but its list has {listed} units.</translation>
    </message>
    <message>
        <source>Gói bị từ chối: gói của {sender} ghi đơn vị {unit}, nhưng đơn vị này thuộc {owner} ở cơ quan này. Hãy gọi cả hai đơn vị để hỏi.</source>
        <translation>Package refused: the package of {sender} lists unit {unit}, but here that unit belongs to {owner}. Call both units to ask.</translation>
    </message>
    <message>
        <source>danh sách đơn vị trực tiếp báo cáo</source>
        <translation>the units reporting directly</translation>
    </message>
    <message>
        <source>Không có số liệu “{key}”. Chọn một trong: {keys}.</source>
        <translation>There is no figure “{key}”. Choose one of: {keys}.</translation>
    </message>
    <message>
        <source>Mã đơn vị cũ và mới phải khác nhau và không bỏ trống.</source>
        <translation>The old and the new unit code must differ and not be empty.</translation>
    </message>
    <message>
        <source>Đơn vị {unit} chưa đăng ký ở cơ quan này.</source>
        <translation>Unit {unit} is not registered with this body.</translation>
    </message>
    <message>
        <source>Không ghi được: đơn vị {new} đã được thay bằng {old}.</source>
        <translation>Not recorded: unit {new} was itself replaced by {old}.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Đang xử lý, xin chờ…</source>
        <extracomment>After this long an op that is still running shows a progress indicator.</extracomment>
        <translation>Working, please wait…</translation>
    </message>
    <message>
        <source>Đang xử lý</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Chưa thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <source>Lỗi không mong đợi</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi không mong đợi. Dữ liệu đã lưu trước đó không bị ảnh hưởng. Hãy chép phần chi tiết dưới đây gửi cho người hỗ trợ kỹ thuật.</source>
        <translation>An unexpected error occurred. Data saved before is not affected. Please copy the details below and send them to technical support.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>{value} (nhập tay)</source>
        <translation>{value} (entered by hand)</translation>
    </message>
    <message>
        <source>Hội nghị, sinh hoạt (cuộc)</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Lượt người dự hội nghị</source>
        <translation>Meeting attendance</translation>
    </message>
    <message>
        <source>Đảng viên dự / được triệu tập</source>
        <translation>Members present / summoned</translation>
    </message>
    <message>
        <source>Đối thoại (cuộc)</source>
        <translation>Dialogues</translation>
    </message>
    <message>
        <source>Lượt người tham gia đối thoại</source>
        <translation>Dialogue participants</translation>
    </message>
    <message>
        <source>Ý kiến tại đối thoại</source>
        <translation>Opinions at dialogues</translation>
    </message>
    <message>
        <source>Vấn đề được nêu</source>
        <translation>Issues raised</translation>
    </message>
    <message>
        <source>Tiếp công dân (lượt)</source>
        <translation>Citizen visits (lượt)</translation>
    </message>
    <message>
        <source>Vụ việc qua tiếp công dân</source>
        <translation>Cases from visits</translation>
    </message>
    <message>
        <source>Vụ việc (tiếp công dân) đã giải quyết</source>
        <translation>Cases from visits resolved</translation>
    </message>
    <message>
        <source>Đơn thư tiếp nhận (đơn)</source>
        <translation>Petitions received (đơn)</translation>
    </message>
    <message>
        <source>Vụ việc (đơn thư) đã giải quyết</source>
        <translation>Cases from petitions resolved</translation>
    </message>
    <message>
        <source>Mô hình “Dân vận khéo” (lũy kế)</source>
        <translation>“Skilful mass mobilisation” models (to date)</translation>
    </message>
    <message>
        <source>Mô hình đăng ký mới trong kỳ</source>
        <translation>Models newly registered in the period</translation>
    </message>
    <message>
        <source>Khen thưởng (tập thể và cá nhân)</source>
        <translation>Awards (collectives and individuals)</translation>
    </message>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>&amp;Kỳ báo cáo:</source>
        <translation>Reporting &amp;period:</translation>
    </message>
    <message>
        <source>Đây là DỮ LIỆU MẪU để dùng thử, không phải số liệu của đơn vị nào. Dữ liệu thật của đơn vị mở bằng lệnh dvdesktop (không có --demo).</source>
        <translation>This is SAMPLE DATA to try the program with, not the figures of any unit. A unit&apos;s own data opens with the dvdesktop command (without --demo).</translation>
    </message>
    <message>
        <source>Số liệu nhập tay…</source>
        <translation>Figures entered by hand…</translation>
    </message>
    <message>
        <source>Nhập số liệu các kỳ trước (từ báo cáo giấy) để so sánh cùng kỳ</source>
        <translation>Enter the figures of earlier periods (from paper reports) to compare with the same period</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Kỳ này</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Cùng kỳ năm trước</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <source>Tăng, giảm</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Vụ việc quá hạn hoặc sắp đến hạn (7 ngày)</source>
        <translation>Cases overdue or due within 7 days</translation>
    </message>
    <message>
        <source>Vụ việc</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Phân loại</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Đang tổng hợp số liệu…</source>
        <translation>Compiling figures…</translation>
    </message>
    <message>
        <source>Cùng kỳ {period}: {sections} là số liệu nhập tay.</source>
        <translation>Same period {period}: {sections} entered by hand.</translation>
    </message>
    <message>
        <source>{sections}: kỳ đó đã có bản ghi nên dùng bản ghi, không dùng số liệu nhập tay.</source>
        <translation>{sections}: that period has records, so the records are used, not the figures entered by hand.</translation>
    </message>
    <message>
        <source>{name} · cấp trên: {superior} · {members} đảng viên</source>
        <translation>{name} · superior: {superior} · {members} Party members</translation>
    </message>
    <message>
        <source>Số liệu {period} so với cùng kỳ ({previous})</source>
        <translation>Figures for {period} against the same period ({previous})</translation>
    </message>
    <message>
        <source>✔ Năm {year} đã tổ chức {n} cuộc đối thoại với nhân dân ({all} cuộc đối thoại).</source>
        <translation>✔ In {year}, {n} dialogue(s) with citizens were held ({all} dialogues in all).</translation>
    </message>
    <message>
        <source>Năm {year} chưa tổ chức cuộc đối thoại nào với nhân dân; đã thông báo cuộc đối thoại ngày {date}.</source>
        <translation>No dialogue with citizens has been held in {year} yet; one has been announced for {date}.</translation>
    </message>
    <message>
        <source>⚠ Năm {year} chưa có cuộc đối thoại nào với nhân dân. Luật quy định đối thoại ít nhất mỗi năm một lần.</source>
        <translation>⚠ No dialogue with citizens has been held in {year} yet. The law requires at least one a year.</translation>
    </message>
    <message>
        <source>{date}: quá {days} ngày</source>
        <translation>{date}: {days} days overdue</translation>
    </message>
    <message>
        <source>{date}: còn {days} ngày</source>
        <translation>{date}: {days} days left</translation>
    </message>
    <message>
        <source>Không có vụ việc nào quá hạn.</source>
        <translation>No case is overdue.</translation>
    </message>
</context>
<context>
    <name>Packages</name>
    <message>
        <source>Gói bị từ chối: quá lớn so với một gói báo cáo (giới hạn {limit} MiB).</source>
        <extracomment>SHA-256 of the signed tag manifest: the same for two files with the same signed content, whatever their zip envelope (compression, order, comments, timestamps). Key rotations the unit announced (``dvdesktop.packages.rotation``), oldest first. A body&apos;s package upward: the figures of its whole đảng bộ (``data/consolidated.json``) and the unit packages they rest on (``data/units.json``); None in a unit&apos;s package.</extracomment>
        <translation>Package refused: too large for a report package (limit {limit} MiB).</translation>
    </message>
    <message>
        <source>Không đọc được tệp {path}: {detail}</source>
        <translation>Cannot read the file {path}: {detail}</translation>
    </message>
    <message>
        <source>Gói không hợp lệ: thẻ “{tag}” xuất hiện hai lần trong {file}.</source>
        <extracomment>File name extension of a package (a zip holding one bag). DV-Schema-Version written in bag-info.txt; the major number changes only when a reader of the previous layout would misread the new one. Tag files listed in the tag manifest, in the order written. Tags every package must carry, in the order written to bag-info.txt.</extracomment>
        <translation>Invalid package: the tag “{tag}” appears twice in {file}.</translation>
    </message>
    <message>
        <source>Gói không hợp lệ: {file} liệt kê tệp {path} hai lần.</source>
        <translation>Invalid package: {file} lists the file {path} twice.</translation>
    </message>
    <message>
        <source>Gói không hợp lệ: tệp {file} sai định dạng.</source>
        <translation>Invalid package: the file {file} is malformed.</translation>
    </message>
    <message>
        <source>Đang tổng hợp số liệu…</source>
        <translation>Compiling figures…</translation>
    </message>
    <message>
        <source>Chưa nhập mã đơn vị trong thông tin đơn vị; cấp trên cần mã này để nhận gói.</source>
        <translation>The unit profile has no unit code; the superior body needs it to receive the package.</translation>
    </message>
    <message>
        <source>Đang lấy các bản ghi (đã bỏ thông tin cá nhân)…</source>
        <translation>Collecting records (personal data removed)…</translation>
    </message>
    <message>
        <source>Đang tạo báo cáo PDF…</source>
        <translation>Making the PDF report…</translation>
    </message>
    <message>
        <source>Đang ký số gói báo cáo…</source>
        <translation>Signing the package…</translation>
    </message>
    <message>
        <source>Đang ghi và kiểm tra lại gói…</source>
        <translation>Writing and checking the package…</translation>
    </message>
    <message>
        <source>Đã tạo gói báo cáo.</source>
        <translation>The package was made.</translation>
    </message>
    <message>
        <source>Không đủ chỗ trống trên {path}: cần khoảng {need} KiB, còn {free} KiB.</source>
        <translation>Not enough free space on {path}: about {need} KiB needed, {free} KiB free.</translation>
    </message>
    <message>
        <source>Gói ghi ra {path} đọc lại không giống bản đã tạo; ổ USB có thể bị lỗi.</source>
        <translation>The package written to {path} reads back differently from what was made; the USB drive may be faulty.</translation>
    </message>
    <message>
        <source>Khóa công khai không hợp lệ: cần tệp khóa minisign gồm hai dòng (“untrusted comment: …” và dòng bắt đầu bằng “RW”).</source>
        <translation>Invalid public key: a minisign key file of two lines is needed (“untrusted comment: …” and a line starting with “RW”).</translation>
    </message>
    <message>
        <source>Tệp khóa {path} không phải một tệp khóa công khai (.pub).</source>
        <translation>The key file {path} is not a public key file (.pub).</translation>
    </message>
    <message>
        <source>Khóa ký của đơn vị trong tệp dữ liệu bị hỏng; không ký được gói báo cáo.</source>
        <translation>The unit&apos;s signing key in the data file is damaged; the package cannot be signed.</translation>
    </message>
    <message>
        <source>Gói bị từ chối: đường dẫn không an toàn trong gói: “{path}”.</source>
        <translation>Package refused: unsafe path in the package: “{path}”.</translation>
    </message>
    <message>
        <source>Tệp không phải gói báo cáo (không phải tệp nén zip).</source>
        <translation>The file is not a report package (not a zip file).</translation>
    </message>
    <message>
        <source>Tệp nén dùng định dạng zip không được hỗ trợ; gói báo cáo bị hỏng hoặc đã bị sửa.</source>
        <translation>The zip format is not supported; the package is damaged or was altered.</translation>
    </message>
    <message>
        <source>Gói bị từ chối: tên tệp “{path}” lặp lại trong gói.</source>
        <translation>Package refused: the file name “{path}” occurs twice in the package.</translation>
    </message>
    <message>
        <source>Gói bị từ chối: “{path}” là liên kết tượng trưng (symlink).</source>
        <translation>Package refused: “{path}” is a symbolic link.</translation>
    </message>
    <message>
        <source>Gói bị từ chối: tệp “{path}” trong gói bị đặt mật khẩu.</source>
        <translation>Package refused: the file “{path}” in the package is password-protected.</translation>
    </message>
    <message>
        <source>Gói bị từ chối: tệp “{path}” dùng kiểu nén không hỗ trợ.</source>
        <translation>Package refused: the file “{path}” uses an unsupported compression.</translation>
    </message>
    <message>
        <source>Gói bị từ chối: tệp “{path}” nén quá mức bình thường (tỉ lệ trên {ratio} lần, nghi là “bom nén”).</source>
        <translation>Package refused: the file “{path}” is compressed abnormally (ratio above {ratio}, a suspected “zip bomb”).</translation>
    </message>
    <message>
        <source>Gói bị từ chối: có {count} tệp trong gói, nhiều hơn mọi gói báo cáo (giới hạn {limit}).</source>
        <translation>Package refused: it holds {count} files, more than any report package (limit {limit}).</translation>
    </message>
    <message>
        <source>Gói bị hỏng: không đọc được tệp “{path}” trong gói (tệp bị cắt cụt hoặc sai mã kiểm tra). Hãy chép lại gói từ đơn vị.</source>
        <translation>Damaged package: the file “{path}” in it cannot be read (truncated or bad checksum). Copy the package from the unit again.</translation>
    </message>
    <message>
        <source>Gói bị hỏng hoặc chép chưa hết (tệp bị cắt cụt). Hãy chép lại gói từ đơn vị.</source>
        <translation>The package is damaged or was not copied completely (truncated). Copy it from the unit again.</translation>
    </message>
    <message>
        <source>Chữ ký hợp lệ nhưng không phải chữ ký gói báo cáo dvdesktop (ghi chú tin cậy: “{comment}”).</source>
        <translation>The signature is valid but is not a dvdesktop package signature (trusted comment: “{comment}”).</translation>
    </message>
    <message>
        <source>Chữ ký số của gói bị hỏng hoặc sai định dạng.</source>
        <translation>The package&apos;s signature is damaged or malformed.</translation>
    </message>
    <message>
        <source>Gói được ký bằng khóa {signer}, không phải khóa {expected} đã đăng ký cho đơn vị.</source>
        <translation>The package is signed with key {signer}, not the key {expected} registered for the unit.</translation>
    </message>
    <message>
        <source>Chữ ký số không khớp: gói đã bị sửa sau khi ký (tệp {file} hoặc chữ ký).</source>
        <translation>The signature does not match: the package was altered after signing (file {file} or the signature).</translation>
    </message>
    <message>
        <source>một thư mục</source>
        <extracomment>What a path is when it is not a regular file, in Vietnamese.</extracomment>
        <translation>a folder</translation>
    </message>
    <message>
        <source>một đường ống (FIFO)</source>
        <translation>a pipe (FIFO)</translation>
    </message>
    <message>
        <source>một thiết bị</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>một socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>không phải tệp thường</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>Không đọc {path}: đây là {what}, không phải tệp gói báo cáo.</source>
        <translation>Not reading {path}: it is {what}, not a report package file.</translation>
    </message>
    <message>
        <source>Gói không hợp lệ: {manifest} không liệt kê tệp {file}.</source>
        <translation>Invalid package: {manifest} does not list the file {file}.</translation>
    </message>
    <message>
        <source>Gói không hợp lệ: {manifest} liệt kê tệp lạ {file}.</source>
        <translation>Invalid package: {manifest} lists an unknown file {file}.</translation>
    </message>
    <message>
        <source>Gói không hợp lệ: {manifest} liệt kê tệp {file} nằm ngoài thư mục data/.</source>
        <translation>Invalid package: {manifest} lists the file {file} outside the data/ folder.</translation>
    </message>
    <message>
        <source>Gói bị từ chối: có tệp lạ “{file}” không được ghi trong danh mục.</source>
        <translation>Package refused: an unknown file “{file}” is not in the manifest.</translation>
    </message>
    <message>
        <source>Gói bị từ chối: thông tin {tag} trong gói ({value}) khác với chữ ký ({signed}).</source>
        <translation>Package refused: {tag} in the package ({value}) differs from the signature ({signed}).</translation>
    </message>
    <message>
        <source>Gói không hợp lệ: số liệu tổng hợp thuộc đơn vị hoặc kỳ khác với nhãn gói.</source>
        <translation>Invalid package: the summary belongs to another unit or period than the package label.</translation>
    </message>
    <message>
        <source>Gói bị từ chối: tệp {file} đã bị thay đổi (mã băm SHA-256 không khớp danh mục).</source>
        <translation>Package refused: the file {file} was changed (its SHA-256 hash does not match the manifest).</translation>
    </message>
    <message>
        <source>Gói không hợp lệ: bag-info.txt thiếu thẻ {tag}.</source>
        <translation>Invalid package: bag-info.txt lacks the tag {tag}.</translation>
    </message>
    <message>
        <source>Gói được tạo theo định dạng {schema}, chương trình này chỉ đọc được {supported}. Hãy cập nhật dvdesktop.</source>
        <translation>The package uses the format {schema}; this program reads only {supported}. Update dvdesktop.</translation>
    </message>
    <message>
        <source>Gói không hợp lệ: số lần gửi (DV-Revision) “{value}” sai.</source>
        <translation>Invalid package: the submission number (DV-Revision) “{value}” is wrong.</translation>
    </message>
    <message>
        <source>Gói không hợp lệ: Payload-Oxum {value} không khớp nội dung ({actual}).</source>
        <translation>Invalid package: Payload-Oxum {value} does not match the content ({actual}).</translation>
    </message>
    <message>
        <source>Gói không đầy đủ: thiếu tệp {file}.</source>
        <translation>Incomplete package: the file {file} is missing.</translation>
    </message>
    <message>
        <source>Gói không hợp lệ: nội dung tệp {file} sai định dạng.</source>
        <translation>Invalid package: the content of {file} is malformed.</translation>
    </message>
    <message>
        <source>Gói bị từ chối: tệp {file} có quá nhiều mục so với một gói báo cáo.</source>
        <translation>Package refused: the file {file} holds too many entries for a report package.</translation>
    </message>
    <message>
        <source>Gói không hợp lệ: thông báo đổi khóa ký sai ({detail}).</source>
        <extracomment>Ledger setting: the unit&apos;s rotations, oldest first: [{&quot;statement&quot;: str, &quot;signature&quot;: str}]. Ledger setting: a rotation being applied (survives a crash between the settings&apos; writes). Where rotations travel inside a package&apos;s payload (``data/`` + this + n + suffix).</extracomment>
        <translation>Invalid package: a key change announcement is wrong ({detail}).</translation>
    </message>
    <message>
        <source>Chưa nhập mã đơn vị trong thông tin đơn vị; không đổi khóa ký được.</source>
        <translation>The unit code is not entered in the unit profile; the signing key cannot be changed.</translation>
    </message>
    <message>
        <source>số CCCD (12 chữ số)</source>
        <extracomment>category -&gt; Vietnamese label (for the dialog and the command line).</extracomment>
        <translation>a citizen ID number (12 digits)</translation>
    </message>
    <message>
        <source>số CMND (9 chữ số)</source>
        <translation>an old ID card number (9 digits)</translation>
    </message>
    <message>
        <source>số điện thoại</source>
        <translation>a telephone number</translation>
    </message>
    <message>
        <source>địa chỉ thư điện tử</source>
        <translation>an e-mail address</translation>
    </message>
    <message>
        <source>họ tên có trong sổ tiếp công dân</source>
        <translation>a name in the reception register</translation>
    </message>
    <message>
        <source>số giấy tờ có trong sổ tiếp công dân</source>
        <translation>an ID number in the reception register</translation>
    </message>
    <message>
        <source>II. Hạn chế, nguyên nhân</source>
        <extracomment>Pseudo-kind of the report&apos;s typed sections; field names are those of ``period_text``.</extracomment>
        <translation>II. Shortcomings and causes</translation>
    </message>
    <message>
        <source>III. Phương hướng, nhiệm vụ</source>
        <translation>III. Directions and tasks</translation>
    </message>
    <message>
        <source>Sửa mục “{field}” ở trang Báo cáo rồi xuất lại gói.</source>
        <translation>Edit the section “{field}” on the Report page, then export the package again.</translation>
    </message>
    <message>
        <source>Sửa trường “{field}” của bản ghi này (bỏ thông tin cá nhân) rồi xuất lại gói.</source>
        <translation>Edit the field “{field}” of this record (remove the personal data), then export the package again.</translation>
    </message>
    <message>
        <source>{record} — trường “{field}”: {category} “{match}”.</source>
        <translation>{record} — field “{field}”: {category} “{match}”.</translation>
    </message>
    <message>
        <source>Chưa ghi gói: có {count} chỗ trông như thông tin cá nhân sẽ được gửi đi, ví dụ {first} Hãy sửa những chỗ đó rồi tạo lại gói.</source>
        <translation>The package was not written: {count} places that would be sent look like personal data, for example {first} Fix them, then make the package again.</translation>
    </message>
    <message>
        <source>{kind} ngày {date} (số {id}): {title}</source>
        <translation>{kind} of {date} (no. {id}): {title}</translation>
    </message>
    <message>
        <source>Báo cáo của kỳ</source>
        <translation>The period&apos;s report</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Thêm mới</source>
        <extracomment>The ground of the words a search found, in a list&apos;s cells. kind, the record before (None when added), after: the window keeps it for Ctrl+Z</extracomment>
        <translation>New</translation>
    </message>
    <message>
        <source>Thêm mới (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Sửa bản ghi đang chọn (Enter)</source>
        <translation>Edit the selected record (Enter)</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Chuyển vào thùng rác (Delete); Ctrl+Z để hoàn tác</source>
        <translation>Move to the trash (Delete); Ctrl+Z to undo</translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Ghi danh sách đang xem ra tệp Excel (.xlsx)</source>
        <translation>Write the list shown to an Excel file (.xlsx)</translation>
    </message>
    <message>
        <source>Tìm (Ctrl+F), gõ có dấu hay không dấu đều được</source>
        <translation>Search (Ctrl+F); with or without diacritics</translation>
    </message>
    <message>
        <source>&amp;Kỳ:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Đã lưu: {title}. Nhấn Ctrl+Z để hoàn tác.</source>
        <translation>Saved: {title}. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>{shown} / {total} bản ghi</source>
        <translation>{shown} / {total} records</translation>
    </message>
    <message>
        <source>Mẫu Excel…</source>
        <translation>Excel template…</translation>
    </message>
    <message>
        <source>Lưu tệp Excel trống có đủ các cột, để điền sổ sách cũ rồi nhập vào</source>
        <translation>Save an empty Excel file with every column, to fill in with old records and import</translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Đọc bản ghi từ tệp Excel; xem trước từng dòng và lỗi trước khi lưu</source>
        <translation>Read records from an Excel file; every row and every problem is shown before anything is saved</translation>
    </message>
    <message>
        <source>Chưa có bản ghi nào. Nhấn Ctrl+N để thêm.</source>
        <translation>No records yet. Press Ctrl+N to add one.</translation>
    </message>
    <message>
        <source>Không tìm thấy bản ghi nào khớp “{text}” trong {period}.</source>
        <translation>No record matches “{text}” in {period}.</translation>
    </message>
    <message>
        <source>Không tìm thấy bản ghi nào khớp “{text}”.</source>
        <translation>No record matches “{text}”.</translation>
    </message>
    <message>
        <source>Không có bản ghi nào trong {period}.</source>
        <translation>There are no records in {period}.</translation>
    </message>
    <message>
        <source>Xóa ô tìm (Esc) hoặc chọn Kỳ “Tất cả” để xem cả {n} bản ghi.</source>
        <translation>Clear the search (Esc) or choose the period “All” to see all {n} records.</translation>
    </message>
    <message>
        <source>Chưa chọn bản ghi nào.</source>
        <translation>No record is selected.</translation>
    </message>
    <message>
        <source>Đã chuyển vào thùng rác: {title}. Nhấn Ctrl+Z để hoàn tác.</source>
        <extracomment>How many pages from the top select_id may read to find a record not cached.</extracomment>
        <translation>Moved to the trash: {title}. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã xuất: {path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <source>Đang xuất Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
    <message>
        <source>Lưu mẫu Excel</source>
        <translation>Save the Excel template</translation>
    </message>
    <message>
        <source>Đã lưu mẫu: {path}</source>
        <translation>Template saved: {path}</translation>
    </message>
    <message>
        <source>Đang ghi mẫu Excel…</source>
        <translation>Writing the Excel template…</translation>
    </message>
    <message>
        <source>Nhập từ Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx);;Tệp CSV (*.csv);;Mọi tệp (*)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Xem vụ việc</source>
        <translation>Show case</translation>
    </message>
    <message>
        <source>Mọi lượt tiếp và đơn của vụ việc đang chọn (Ctrl+M)</source>
        <translation>Every visit and letter of the selected case (Ctrl+M)</translation>
    </message>
    <message>
        <source>Hiện danh tính người tố cáo</source>
        <translation>Show the identity of denouncers</translation>
    </message>
    <message>
        <source>Luật Tố cáo: danh tính người tố cáo phải được giữ bí mật. Chỉ hiện khi thật cần; lựa chọn này không được ghi nhớ.</source>
        <translation>Law on Denunciations: a denouncer&apos;s identity must be kept secret. Show it only when truly needed; this choice is not remembered.</translation>
    </message>
    <message>
        <source>Màu đỏ: quá hạn giải quyết · màu vàng: còn dưới 7 ngày</source>
        <translation>Red: overdue · amber: due within 7 days</translation>
    </message>
    <message>
        <source>Vụ việc {code}</source>
        <translation>Case {code}</translation>
    </message>
    <message>
        <source>Phân loại: {category} · {visits} lượt tiếp · {letters} đơn · Kết quả: {status}</source>
        <translation>Category: {category} · {visits} visit(s) · {letters} letter(s) · Result: {status}</translation>
    </message>
    <message>
        <source>Thời hạn giải quyết: {date}</source>
        <translation>Deadline: {date}</translation>
    </message>
    <message>
        <source>đã quá {days} ngày</source>
        <translation>{days} days overdue</translation>
    </message>
    <message>
        <source>còn {days} ngày</source>
        <translation>{days} days left</translation>
    </message>
    <message>
        <source>Không có thời hạn luật định cho loại vụ việc này.</source>
        <translation>No statutory deadline applies to this kind of case.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>năm {year}</source>
        <extracomment>Kinds in picker order; &quot;range&quot; is the ad hoc kind (Kết luận 215-KL/TW). Years a user may type; anything else is a typo (the Party&apos;s records start in 1945). Day 29..31 do not exist in every month, so a cut-off must be 1..28.</extracomment>
        <translation>year {year}</translation>
    </message>
    <message>
        <source>6 tháng đầu năm {year}</source>
        <translation>first half of {year}</translation>
    </message>
    <message>
        <source>6 tháng cuối năm {year}</source>
        <translation>second half of {year}</translation>
    </message>
    <message>
        <source>9 tháng đầu năm {year}</source>
        <translation>first nine months of {year}</translation>
    </message>
    <message>
        <source>quý {roman} năm {year}</source>
        <translation>quarter {roman} of {year}</translation>
    </message>
    <message>
        <source>tháng {month} năm {year}</source>
        <translation>month {month} of {year}</translation>
    </message>
    <message>
        <source>từ ngày {start} đến ngày {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <source>Ngày chốt số liệu phải từ 1 đến 28 (đang đặt là {cutoff_day}).</source>
        <translation>The cut-off day must be from 1 to 28 (it is set to {cutoff_day}).</translation>
    </message>
    <message>
        <source>Không hiểu kỳ báo cáo &quot;{text}&quot;. Ví dụ hợp lệ: {examples}.</source>
        <translation>Cannot read the reporting period &quot;{text}&quot;. Valid examples: {examples}.</translation>
    </message>
    <message>
        <source>Kỳ báo cáo &quot;{text}&quot;: năm {year} nằm ngoài khoảng {min_year}–{max_year}.</source>
        <translation>Reporting period &quot;{text}&quot;: the year {year} is outside {min_year}–{max_year}.</translation>
    </message>
    <message>
        <source>Kỳ báo cáo &quot;{text}&quot;: &quot;{date}&quot; không phải là ngày hợp lệ (ví dụ 2026-01-15 hoặc 15/01/2026).</source>
        <translation>Reporting period &quot;{text}&quot;: &quot;{date}&quot; is not a valid date (e.g. 2026-01-15 or 15/01/2026).</translation>
    </message>
    <message>
        <source>Kỳ báo cáo &quot;{text}&quot;: ngày bắt đầu {start} ở sau ngày kết thúc {end}.</source>
        <translation>Reporting period &quot;{text}&quot;: the start {start} is after the end {end}.</translation>
    </message>
    <message>
        <source>Chưa nhập kỳ báo cáo. Ví dụ hợp lệ: {examples}.</source>
        <translation>No reporting period entered. Valid examples: {examples}.</translation>
    </message>
    <message>
        <source>Kỳ báo cáo &quot;{text}&quot;: tháng {month} không có (tháng từ 1 đến 12).</source>
        <translation>Reporting period &quot;{text}&quot;: there is no month {month} (months are 1 to 12).</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Xem trước khi in</source>
        <translation>Print preview</translation>
    </message>
</context>
<context>
    <name>ReceptionForm</name>
    <message>
        <source>Tiếp nhận</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Người đến, người gửi đơn (thông tin cá nhân)</source>
        <translation>Visitor or petitioner (personal data)</translation>
    </message>
    <message>
        <source>Xử lý và kết quả</source>
        <translation>Handling and result</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>&amp;Kỳ báo cáo:</source>
        <translation>Reporting &amp;period:</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Số &amp;văn bản:</source>
        <translation>Document &amp;number:</translation>
    </message>
    <message>
        <source>Ví dụ 12 (in “Số 12-BC/…”); để trống thì in chỗ trống để viết tay</source>
        <translation>For example 12 (prints “Số 12-BC/…”); leave empty for a blank to write by hand</translation>
    </message>
    <message>
        <source>&amp;Ngày báo cáo:</source>
        <translation>Report &amp;date:</translation>
    </message>
    <message>
        <source>Ngày ghi ở dòng địa danh, ngày tháng của báo cáo</source>
        <translation>The date on the report&apos;s place-and-date line</translation>
    </message>
    <message>
        <source>II. Hạn chế, nguyên nhân (đơn vị tự viết):</source>
        <translation>II. Shortcomings and causes (written by the unit):</translation>
    </message>
    <message>
        <source>III. Phương hướng, nhiệm vụ (đơn vị tự viết):</source>
        <translation>III. Directions and tasks (written by the unit):</translation>
    </message>
    <message>
        <source>Lưu nội dung</source>
        <translation>Save text</translation>
    </message>
    <message>
        <source>Tạo báo cáo PDF…</source>
        <translation>Make PDF report…</translation>
    </message>
    <message>
        <source>Tạo báo cáo Word (.docx)…</source>
        <translation>Make Word report (.docx)…</translation>
    </message>
    <message>
        <source>In Sổ tiếp công dân (PDF)…</source>
        <translation>Print the citizen reception register (PDF)…</translation>
    </message>
    <message>
        <source>Xem trước và in…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <source>Xem báo cáo như khi in ra giấy rồi in, không cần phần mềm đọc PDF</source>
        <translation>See the report as it will print, then print it; no PDF reader needed</translation>
    </message>
    <message>
        <source>Xem trước và in Sổ tiếp công dân…</source>
        <translation>Preview and print the citizen reception register…</translation>
    </message>
    <message>
        <source>Số liệu kỳ trước nhập tay…</source>
        <translation>Earlier figures entered by hand…</translation>
    </message>
    <message>
        <source>Số liệu cùng kỳ từ báo cáo giấy, để báo cáo so sánh “so với cùng kỳ”</source>
        <translation>Figures of the same period from paper reports, for the report&apos;s “compared with the same period”</translation>
    </message>
    <message>
        <source>(số tiếp theo: {n})</source>
        <translation>(next number: {n})</translation>
    </message>
    <message>
        <source>báo cáo {period} ngày {date}</source>
        <translation>the report for {period} dated {date}</translation>
    </message>
    <message>
        <source>⚠ Số {n} đã dùng trong nhiệm kỳ này cho {used}. Vẫn in được, nhưng hai văn bản sẽ trùng số; số tiếp theo còn trống là {offered}.</source>
        <translation>⚠ Number {n} was already used in this term for {used}. It can still be printed, but two documents will carry the same number; the next free number is {offered}.</translation>
    </message>
    <message>
        <source>Đã lưu nội dung báo cáo.</source>
        <translation>The report text was saved.</translation>
    </message>
    <message>
        <source>Ngày báo cáo: {reason}</source>
        <translation>Report date: {reason}</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Đã tạo báo cáo: {path}</source>
        <translation>Report made: {path}</translation>
    </message>
    <message>
        <source>Đang tạo báo cáo…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Lưu Sổ tiếp công dân</source>
        <translation>Save the citizen reception register</translation>
    </message>
    <message>
        <source>Đã tạo: {path}</source>
        <translation>Made: {path}</translation>
    </message>
    <message>
        <source>Không ghi được tệp {path}: {reason}. Hãy kiểm tra thư mục, dung lượng đĩa hoặc đóng tệp nếu đang mở trong chương trình khác.</source>
        <translation>Could not write the file {path}: {reason}. Check the folder and the free disk space, or close the file if another program has it open.</translation>
    </message>
    <message>
        <source>Chưa có hồ sơ đơn vị. Hãy khai báo tên đơn vị, cấp trên trước khi lập báo cáo.</source>
        <translation>There is no unit profile yet. Enter the unit&apos;s name and superior before making a report.</translation>
    </message>
    <message>
        <source>Không lập được báo cáo dạng “{suffix}”. Hãy đặt tên tệp kết thúc bằng .pdf (để in), .docx (để sửa trong Word) hoặc .xlsx (số liệu để tính trong Excel).</source>
        <translation>Cannot make a report of type “{suffix}”. Name the file with .pdf (to print), .docx (to edit in Word) or .xlsx (figures to compute with in Excel).</translation>
    </message>
    <message>
        <source>Sổ tiếp công dân chỉ in ra tệp .pdf (tên tệp đang là “{name}”).</source>
        <translation>The citizen reception register prints only to a .pdf file (the file name is “{name}”).</translation>
    </message>
    <message>
        <source>Đã lưu nội dung báo cáo tổng hợp.</source>
        <translation>Saved the text of the consolidated report.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Đã tự động sao lưu dữ liệu hôm nay.</source>
        <translation>Today&apos;s automatic backup is done.</translation>
    </message>
    <message>
        <source>Chưa tự động sao lưu được: {reason}</source>
        <translation>The automatic backup could not be made: {reason}</translation>
    </message>
    <message>
        <source>Sao lưu ra USB</source>
        <translation>Back up to USB</translation>
    </message>
    <message>
        <source>Chương trình chép toàn bộ dữ liệu ra tệp sao lưu rồi kiểm tra lại bản chép. Tệp đã mã hóa thì bản sao lưu cũng được mã hóa.</source>
        <translation>All data is copied to a backup file, and the copy is checked. If the data file is encrypted, the backup is encrypted too.</translation>
    </message>
    <message>
        <source>Chọn thư mục (ổ USB) để sao lưu</source>
        <translation>Choose the folder (USB drive) for the backup</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đã sao lưu và kiểm tra bản sao:
{path}</source>
        <translation>Backed up and checked:
{path}</translation>
    </message>
    <message>
        <source>Đã sao lưu: {path}</source>
        <translation>Backed up: {path}</translation>
    </message>
    <message>
        <source>Đang sao lưu và kiểm tra bản sao…</source>
        <translation>Backing up and checking the copy…</translation>
    </message>
    <message>
        <source>Đang sao lưu rồi nhận lịch sử các đơn vị cũ…</source>
        <translation>Backing up, then taking in the old units&apos; history…</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu
{path}?

Dữ liệu hiện tại được giữ lại thành một bản sao lưu tự động, có thể khôi phục lại nếu chọn nhầm.</source>
        <translation>Replace all current data with the backup
{path}?

The current data is kept as an automatic backup, so it can be restored if the wrong file was chosen.</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Mật khẩu tệp dữ liệu</source>
        <translation>Data file passphrase</translation>
    </message>
    <message>
        <source>Chọn tệp sao lưu</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <source>Tệp sao lưu dvdesktop (*.db);;Mọi tệp (*)</source>
        <translation>dvdesktop backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Dữ liệu được mã hóa. Nhập mật khẩu (hoặc mã khôi phục):</source>
        <translation>The data is encrypted. Enter the passphrase (or the recovery key):</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ bản sao lưu.</source>
        <translation>Data restored from the backup.</translation>
    </message>
    <message>
        <source>Đang kiểm tra và khôi phục bản sao lưu…</source>
        <translation>Checking and restoring the backup…</translation>
    </message>
    <message>
        <source>Nhận lịch sử đơn vị cũ (sáp nhập)</source>
        <translation>Take in the old units&apos; history (merger)</translation>
    </message>
    <message>
        <source>Nhận toàn bộ bản ghi của {n} tệp đơn vị cũ vào tệp của đơn vị này?

{files}

Trước hết chương trình sao lưu tệp hiện tại và kiểm tra bản sao. Mỗi bản ghi nhận vào giữ mã đơn vị cũ nó đến từ, để so với cùng kỳ tính trên cả địa bàn đã gộp. Nhận tất cả hoặc không nhận gì: có một lỗi thì tệp hiện tại không thay đổi.</source>
        <translation>Take every record of {n} old units&apos; files into this unit&apos;s file?

{files}

First the program backs up the current file and checks the copy. Each record taken in keeps the code of the old unit it came from, so the comparison with the same period covers the whole merged area. All or nothing: if anything is wrong, the current file is not changed.</translation>
    </message>
    <message>
        <source>Nhận lịch sử</source>
        <translation>Take in the history</translation>
    </message>
    <message>
        <source>Đã nhận {n} bản ghi của các đơn vị cũ.</source>
        <translation>Took in {n} records of the old units.</translation>
    </message>
    <message>
        <source>Từ đơn vị {unit}: {n} bản ghi.</source>
        <translation>From unit {unit}: {n} records.</translation>
    </message>
    <message>
        <source>Bỏ qua {n} bản ghi trùng mã (đã có, chỉ lấy một lần): {uids}</source>
        <translation>Skipped {n} records with a code already there (taken once): {uids}</translation>
    </message>
    <message>
        <source>Chọn tệp dữ liệu của các đơn vị cũ</source>
        <translation>Choose the old units&apos; data files</translation>
    </message>
    <message>
        <source>Tệp dữ liệu dvdesktop (*.db);;Mọi tệp (*)</source>
        <translation>dvdesktop data files (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Tệp {path} được mã hóa. Nhập mật khẩu (hoặc mã khôi phục) của tệp đó:</source>
        <translation>The file {path} is encrypted. Enter its passphrase (or recovery key):</translation>
    </message>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Mã hóa dữ liệu</source>
        <translation>Encrypt data</translation>
    </message>
    <message>
        <source>Mật khẩu cần ít nhất 8 ký tự. Sau khi mã hóa, mỗi lần mở chương trình phải nhập mật khẩu. Chương trình sẽ cho một mã khôi phục để dùng khi quên mật khẩu.</source>
        <translation>The passphrase needs at least 8 characters. Once encrypted, the passphrase is asked each time the program opens. You will get a recovery key to use if the passphrase is forgotten.</translation>
    </message>
    <message>
        <source>Nhập mật khẩu hiện tại (hoặc mã khôi phục nếu đã quên), rồi mật khẩu mới hai lần.</source>
        <translation>Enter the current passphrase (or the recovery key if it was forgotten), then the new passphrase twice.</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại:</source>
        <translation>Current passphrase:</translation>
    </message>
    <message>
        <source>Mật khẩu mới:</source>
        <translation>New passphrase:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới:</source>
        <translation>New passphrase again:</translation>
    </message>
    <message>
        <source>Mã hóa</source>
        <translation>Encrypt</translation>
    </message>
    <message>
        <source>Chưa nhập mật khẩu hiện tại.</source>
        <translation>The current passphrase is missing.</translation>
    </message>
    <message>
        <source>Mã khôi phục</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Đây là mã khôi phục của tệp dữ liệu. Nếu quên mật khẩu, chỉ mã này mở lại được dữ liệu; không ai khác, kể cả người làm ra chương trình, lấy lại được. Mã chỉ hiện một lần này: hãy chép ra giấy hoặc in ra, cất nơi an toàn, tách riêng khỏi máy tính.</source>
        <translation>This is the data file&apos;s recovery key. If the passphrase is forgotten, only this key opens the data again; nobody else, not even the program&apos;s authors, can recover it. It is shown only this once: write it down or print it, and keep it somewhere safe, away from the computer.</translation>
    </message>
    <message>
        <source>Sao chép</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>In mã khôi phục…</source>
        <translation>Print the recovery key…</translation>
    </message>
    <message>
        <source>Tôi đã chép mã khôi phục</source>
        <translation>I have written down the recovery key</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mã khôi phục dữ liệu dvdesktop&lt;/h2&gt;&lt;p&gt;Đơn vị: {unit}&lt;/p&gt;&lt;p style=&apos;font-size:20pt; font-family:monospace&apos;&gt;&lt;b&gt;{key}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Dùng mã này thay mật khẩu khi quên mật khẩu. Cất nơi an toàn.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;dvdesktop data recovery key&lt;/h2&gt;&lt;p&gt;Unit: {unit}&lt;/p&gt;&lt;p style=&apos;font-size:20pt; font-family:monospace&apos;&gt;&lt;b&gt;{key}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use this key in place of the passphrase if the passphrase is forgotten. Keep it somewhere safe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Đã mã hóa tệp dữ liệu.</source>
        <translation>The data file is encrypted.</translation>
    </message>
    <message>
        <source>Nhận lịch sử đơn vị cũ (sáp nhập)…</source>
        <translation>Take in the old units&apos; history (merger)…</translation>
    </message>
    <message>
        <source>Đang mã hóa dữ liệu…</source>
        <translation>Encrypting the data…</translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu.</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <source>Đang đổi mật khẩu…</source>
        <translation>Changing the passphrase…</translation>
    </message>
    <message>
        <source>Sao lưu ra USB…</source>
        <translation>Back up to USB…</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Mã hóa dữ liệu…</source>
        <translation>Encrypt data…</translation>
    </message>
    <message>
        <source>Đổi mật khẩu…</source>
        <translation>Change passphrase…</translation>
    </message>
</context>
<context>
    <name>Send</name>
    <message>
        <source>Gửi cấp trên</source>
        <translation>Send to superior</translation>
    </message>
    <message>
        <source>Tạo gói số liệu tổng hợp có chữ ký số của đơn vị để chép vào USB nộp cấp trên. Gói chỉ chứa số liệu và bản ghi đã bỏ thông tin cá nhân; không bao giờ chứa danh tính người tố cáo.</source>
        <translation>Make a package of summary figures, signed by your unit, to copy to a USB stick for the superior body. It holds only figures and records with personal data removed; never a denouncer&apos;s identity.</translation>
    </message>
    <message>
        <source>Ghi vào:</source>
        <translation>Write to:</translation>
    </message>
    <message>
        <source>Tạo gói gửi cấp trên</source>
        <translation>Make the package for the superior</translation>
    </message>
    <message>
        <source>Các gói đã tạo</source>
        <translation>Packages made</translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>Lần gửi</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Tạo lúc</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Không thấy ổ hoặc thư mục {path}. USB đã bị rút ra? Hãy cắm lại rồi nhấn “Tìm lại ổ USB”.</source>
        <translation>The drive or folder {path} is not there. Was the USB stick pulled out? Plug it in again, then press “Look for USB drives again”.</translation>
    </message>
    <message>
        <source>Đang rà soát thông tin cá nhân trong những gì sẽ gửi đi…</source>
        <translation>Screening what would be sent for personal data…</translation>
    </message>
    <message>
        <source>Chưa ghi gói: có {n} chỗ trông như thông tin cá nhân trong những gì sẽ gửi đi. Sửa những chỗ đó rồi nhấn lại “Tạo gói gửi cấp trên”.</source>
        <translation>The package was not written: {n} places in what would be sent look like personal data. Fix them, then press “Make the package for the superior” again.</translation>
    </message>
    <message>
        <source>Đã ghi gói: {path}
Hãy rút USB an toàn (Safely Remove) rồi mang nộp cấp trên.</source>
        <translation>Package written: {path}
Safely remove the USB stick, then take it to the superior body.</translation>
    </message>
    <message>
        <source>Chọn thư mục (ổ USB) để ghi gói</source>
        <translation>Choose the folder (USB drive) to write the package to</translation>
    </message>
    <message>
        <source>Đã tạo gói gửi cấp trên.</source>
        <translation>The package for the superior was made.</translation>
    </message>
    <message>
        <source>Chưa tạo được gói: {reason}</source>
        <translation>The package was not made: {reason}</translation>
    </message>
    <message>
        <source>Đang tạo gói gửi cấp trên…</source>
        <translation>Making the package for the superior…</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Đổi khóa ký</source>
        <translation>Change signing key</translation>
    </message>
    <message>
        <source>Tạo khóa ký mới thay khóa {fingerprint}?

Chương trình ký một thông báo đổi khóa bằng khóa cũ rồi hủy khóa cũ. Từ nay mỗi gói gửi cấp trên mang thông báo đó: văn phòng cấp trên đã đăng ký khóa cũ sẽ tự nhận khóa mới khi nhận gói (ghi “Đã nhận (đơn vị đã đổi khóa)”), không cần gọi điện. Dấu vân tay mới in ở cuối báo cáo.

Nếu khóa cũ có thể đã lọt vào tay người khác (mất máy), hãy gọi điện báo cấp trên.</source>
        <translation>Make a new signing key to replace {fingerprint}?

The program signs an announcement of the change with the old key, then destroys the old key. From now on every package to the superior carries that announcement: a superior office that registered the old key takes the new one by itself when it receives the package (it says “Received (the unit changed its key)”), with no phone call. The new fingerprint prints at the end of the report.

If the old key may have fallen into other hands (a lost computer), call the superior to tell them.</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới được áp dụng khi mở lại chương trình. Báo cáo in ra luôn bằng tiếng Việt.</source>
        <translation>A new language applies when the program is opened again. Printed reports are always in Vietnamese.</translation>
    </message>
    <message>
        <source>Thông tin đơn vị</source>
        <translation>Unit profile</translation>
    </message>
    <message>
        <source>Lưu thông tin đơn vị</source>
        <translation>Save unit profile</translation>
    </message>
    <message>
        <source>Khóa ký số của đơn vị</source>
        <translation>The unit&apos;s signing key</translation>
    </message>
    <message>
        <source>Cấp trên chỉ nhận gói báo cáo ký bằng khóa này. Khi cấp trên gọi điện đối chiếu, hãy đọc dấu vân tay dưới đây; gửi kèm tệp khóa công khai khi đăng ký lần đầu.</source>
        <translation>The superior body accepts only report packages signed with this key. When it phones to check, read out the fingerprint below; send the public key file with the first registration.</translation>
    </message>
    <message>
        <source>Dấu vân tay:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Khóa công khai (định dạng minisign):</source>
        <translation>Public key (minisign format):</translation>
    </message>
    <message>
        <source>Lưu khóa công khai…</source>
        <translation>Save the public key…</translation>
    </message>
    <message>
        <source>Đổi khóa ký…</source>
        <translation>Change signing key…</translation>
    </message>
    <message>
        <source>Tạo khóa ký mới (máy mới, nghi khóa cũ bị lộ); cấp trên tự nhận khóa mới qua thông báo ký bằng khóa cũ</source>
        <translation>Make a new signing key (a new computer, a key that may have leaked); the superior takes the new key through an announcement signed by the old one</translation>
    </message>
    <message>
        <source>Sao lưu và bảo mật dữ liệu</source>
        <translation>Backups and data security</translation>
    </message>
    <message>
        <source>Mỗi ngày chương trình tự sao lưu một bản khi mở. Nên chép thêm một bản ra USB cất nơi khác, nhất là trước khi gửi máy đi sửa.</source>
        <translation>Each day the program makes a backup when it opens. Keep another copy on a USB stick somewhere else too, especially before the computer goes for repair.</translation>
    </message>
    <message>
        <source>Sao lưu ra USB…</source>
        <translation>Back up to USB…</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Mã hóa dữ liệu…</source>
        <translation>Encrypt data…</translation>
    </message>
    <message>
        <source>Đổi mật khẩu…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <source>Đã lưu thông tin đơn vị.</source>
        <translation>The unit profile was saved.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu: {path}</source>
        <translation>Data file: {path}</translation>
    </message>
    <message>
        <source>(đang tạo khóa…)</source>
        <translation>(creating the key…)</translation>
    </message>
    <message>
        <source>Khóa này thay khóa {old} (đổi ngày {date}). Mỗi gói gửi cấp trên mang thông báo đổi khóa ký bằng khóa cũ: cấp trên đã tin khóa cũ sẽ tự nhận khóa mới (“Đã nhận (đơn vị đã đổi khóa)”), không cần gọi điện.</source>
        <translation>This key replaced {old} (changed on {date}). Every package to the superior carries the announcement signed by the old key: a superior that trusted the old key takes the new one by itself (“Received (the unit changed its key)”), with no phone call.</translation>
    </message>
    <message>
        <source>Đã đổi khóa ký: {old} → {new}.</source>
        <translation>Signing key changed: {old} → {new}.</translation>
    </message>
    <message>
        <source>Đang tạo khóa ký mới…</source>
        <translation>Making a new signing key…</translation>
    </message>
    <message>
        <source>Tệp dữ liệu đã được mã hóa: mở chương trình phải nhập mật khẩu.</source>
        <translation>The data file is encrypted: the passphrase is needed to open the program.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu chưa được mã hóa: ai có máy tính này đều đọc được.</source>
        <translation>The data file is not encrypted: anyone with this computer can read it.</translation>
    </message>
    <message>
        <source>Lưu khóa công khai</source>
        <translation>Save the public key</translation>
    </message>
    <message>
        <source>Khóa công khai (*.pub)</source>
        <translation>Public key (*.pub)</translation>
    </message>
    <message>
        <source>Đã lưu khóa công khai: {path}</source>
        <translation>Public key saved: {path}</translation>
    </message>
    <message>
        <source>Đã chọn ngôn ngữ; hãy mở lại chương trình để áp dụng.</source>
        <translation>Language chosen; open the program again to apply it.</translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <source>Đã nhập {n} bản ghi từ {file}.</source>
        <extracomment>Characters of a cell shown in the preview (the whole value is what is saved).</extracomment>
        <translation>Imported {n} records from {file}.</translation>
    </message>
    <message>
        <source>Đang đọc và kiểm tra tệp Excel…</source>
        <translation>Reading and checking the Excel file…</translation>
    </message>
    <message>
        <source>Nhập từ Excel: {kind}</source>
        <translation>Import from Excel: {kind}</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Mức</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Vấn đề</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Đọc lại tệp</source>
        <translation>Read the file again</translation>
    </message>
    <message>
        <source>Đã sửa trong Excel và lưu lại: đọc và kiểm tra lại</source>
        <translation>Fixed in Excel and saved: read and check it again</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tệp {file} · trang “{sheet}” · dòng tiêu đề {header} · {n} dòng dữ liệu</source>
        <translation>File {file} · sheet “{sheet}” · header row {header} · {n} data rows</translation>
    </message>
    <message>
        <source>Tệp {file}</source>
        <translation>File {file}</translation>
    </message>
    <message>
        <source>✔ Không có lỗi: nhập được {n} bản ghi. Chưa có gì được lưu cho đến khi nhấn “Nhập”.</source>
        <translation>✔ No errors: {n} records can be imported. Nothing is saved until you press “Import”.</translation>
    </message>
    <message>
        <source>✖ Có {count} lỗi ở {rows} dòng: chưa nhập bản ghi nào. Sửa trong tệp Excel, lưu lại rồi nhấn “Đọc lại tệp”; chỉ khi hết lỗi mới nhập được (nhập tất cả hoặc không dòng nào).</source>
        <translation>✖ {count} errors in {rows} rows: no record was imported. Fix them in the Excel file, save it, then press “Read the file again”; only without errors can it be imported (every row or none).</translation>
    </message>
    <message>
        <source>✖ Không nhập được tệp này: {reason}</source>
        <translation>✖ This file cannot be imported: {reason}</translation>
    </message>
    <message>
        <source>✖ Không có dòng dữ liệu nào để nhập.</source>
        <translation>✖ There is no data row to import.</translation>
    </message>
    <message>
        <source>Nhập {n} bản ghi</source>
        <translation>Import {n} records</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>✖ {n} lỗi</source>
        <translation>✖ {n} error(s)</translation>
    </message>
    <message>
        <source>✔ lưu ý</source>
        <translation>✔ note</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Lưu ý</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Đang lưu các bản ghi…</source>
        <translation>Saving the records…</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Không nhập bản ghi nào: có {count} lỗi ở {rows} dòng. Sửa trong tệp rồi nhập lại.</source>
        <extracomment>Larger files are refused before they are read (a year of a big unit is far below). Columns read at most (a sheet of records has about twenty). How far down a title may push the header row. Excel serial numbers of 01/01/1945 and 31/12/2100, the years a record may carry. (column letter, header as written, field name or None when the column is passed over) problems of the file as a whole (it cannot be read, a column is missing ...)</extracomment>
        <translation>Nothing was imported: {count} errors in {rows} rows. Correct the file and import it again.</translation>
    </message>
    <message>
        <source>Không nhập bản ghi nào: {reason}</source>
        <translation>Nothing was imported: {reason}</translation>
    </message>
    <message>
        <source>Không có dòng dữ liệu nào để nhập.</source>
        <translation>There are no rows to import.</translation>
    </message>
    <message>
        <source>Tệp “{name}” không phải bảng tính Excel (.xlsx) đọc được: có thể tệp đã hỏng hoặc chỉ được đổi đuôi. Hãy mở bằng Excel rồi Lưu thành (Save As) “Excel Workbook (*.xlsx)”.</source>
        <translation>“{name}” is not a readable Excel workbook (.xlsx): it may be damaged or only renamed. Open it in Excel and Save As “Excel Workbook (*.xlsx)”.</translation>
    </message>
    <message>
        <source>Tệp không có trang tính “{sheet}”; các trang: {sheets}.</source>
        <translation>The file has no sheet “{sheet}”; its sheets: {sheets}.</translation>
    </message>
    <message>
        <source>Tệp có {count} trang tính ({sheets}) và không trang nào tên là “{wanted}”. Hãy đổi tên trang cần nhập thành “{wanted}” hoặc chọn trang khi nhập (--sheet).</source>
        <translation>The file has {count} sheets ({sheets}) and none is named “{wanted}”. Rename the sheet to import to “{wanted}” or choose the sheet when importing (--sheet).</translation>
    </message>
    <message>
        <source>Tệp CSV “{name}” không ở dạng Unicode (UTF-8 hoặc UTF-16), nên chữ tiếng Việt sẽ bị sai. Trong Excel hãy Lưu thành “CSV UTF-8 (*.csv)” hoặc tốt hơn “Excel Workbook (*.xlsx)”.</source>
        <translation>The CSV file “{name}” is not Unicode (UTF-8 or UTF-16), so its Vietnamese letters would come out wrong. In Excel, Save As “CSV UTF-8 (*.csv)” or, better, “Excel Workbook (*.xlsx)”.</translation>
    </message>
    <message>
        <source>Tệp “{name}” là dạng Excel cũ ({suffix}) mà chương trình không đọc. Hãy mở bằng Excel rồi Lưu thành (Save As) “Excel Workbook (*.xlsx)” và nhập tệp mới.</source>
        <translation>“{name}” is in an old Excel format ({suffix}) the program does not read. Open it in Excel, Save As “Excel Workbook (*.xlsx)” and import the new file.</translation>
    </message>
    <message>
        <source>Tệp “{name}” không phải dạng Excel. Hãy lưu lại thành “Excel Workbook (*.xlsx)” rồi nhập.</source>
        <translation>“{name}” is not an Excel file. Save it as “Excel Workbook (*.xlsx)” and import that.</translation>
    </message>
    <message>
        <source>Chỉ nhập được tệp Excel .xlsx (hoặc .csv); tệp “{name}” không phải.</source>
        <translation>Only Excel .xlsx files (or .csv) can be imported; “{name}” is neither.</translation>
    </message>
    <message>
        <source>Không có tệp “{path}”.</source>
        <translation>There is no file “{path}”.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{path}”: {detail}</source>
        <translation>Cannot read “{path}”: {detail}</translation>
    </message>
    <message>
        <source>Tệp “{name}” quá lớn ({size} MB; tối đa {limit} MB).</source>
        <translation>“{name}” is too large ({size} MB; at most {limit} MB).</translation>
    </message>
    <message>
        <source>Tệp “{name}” được đặt mật khẩu hoặc là tệp Excel cũ (.xls) đổi đuôi. Hãy mở bằng Excel, bỏ mật khẩu, rồi Lưu thành “Excel Workbook (*.xlsx)”.</source>
        <translation>“{name}” is password-protected or a renamed old Excel file (.xls). Open it in Excel, remove the password, and Save As “Excel Workbook (*.xlsx)”.</translation>
    </message>
    <message>
        <source>danh tính người tố cáo ({columns}) đã được giữ bí mật khi xuất tệp nên không có trong tệp; bản ghi được nhập với các ô đó để trống.</source>
        <translation>the denouncer&apos;s identity ({columns}) was kept secret when the file was exported, so it is not in the file; the record is imported with those cells empty.</translation>
    </message>
    <message>
        <source>mã bản ghi “{value}” không đúng dạng; với dòng mới hãy để trống.</source>
        <translation>record code “{value}” is not valid; leave it empty for a new row.</translation>
    </message>
    <message>
        <source>“{value}” không có trong danh sách; chọn một trong: {allowed}.</source>
        <translation>“{value}” is not in the list; choose one of: {allowed}.</translation>
    </message>
    <message>
        <source>Excel đã bỏ số 0 ở đầu số CCCD (ô đang là số); đã thêm lại thành {value}. Nên định dạng cột là Text.</source>
        <translation>Excel dropped the leading 0 of the ID number (the cell is a number); it was put back as {value}. Format the column as Text.</translation>
    </message>
    <message>
        <source>ô là số {value} chứ không phải ngày; đã hiểu là ngày {date}. Nên định dạng cột là ngày (dd/mm/yyyy).</source>
        <translation>the cell is the number {value}, not a date; it was read as {date}. Format the column as a date (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>“{value}” là số, không phải ngày; hãy nhập ngày dạng dd/mm/yyyy.</source>
        <translation>“{value}” is a number, not a date; type the date as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>“{value}”: hãy ghi năm đủ bốn chữ số (dd/mm/yyyy).</source>
        <translation>“{value}”: write the year with four digits (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>“{value}” không phải ngày; hãy nhập dạng dd/mm/yyyy, ví dụ 05/03/2026.</source>
        <translation>“{value}” is not a date; type it as dd/mm/yyyy, for example 05/03/2026.</translation>
    </message>
    <message>
        <source>Trang tính “{sheet}” trống: không có dòng tiêu đề, không có dữ liệu.</source>
        <translation>Sheet “{sheet}” is empty: no header row, no data.</translation>
    </message>
    <message>
        <source>Không tìm thấy dòng tiêu đề cột trong {rows} dòng đầu của trang “{sheet}”. Dòng tiêu đề ghi tên cột như trong mẫu, ví dụ: {examples}.</source>
        <translation>No header row in the first {rows} rows of sheet “{sheet}”. The header row names the columns as the template does, for example: {examples}.</translation>
    </message>
    <message>
        <source>cột “{header}” không có trong mẫu; được bỏ qua.</source>
        <translation>column “{header}” is not in the template; it is skipped.</translation>
    </message>
    <message>
        <source>cột “{header}” có hai lần (cột {first} và cột {second}).</source>
        <translation>column “{header}” appears twice (columns {first} and {second}).</translation>
    </message>
    <message>
        <source>Thiếu cột bắt buộc “{header}”.</source>
        <translation>The required column “{header}” is missing.</translation>
    </message>
    <message>
        <source>các ô {range} được gộp (Merge). Hãy bỏ gộp ô (Unmerge Cells) và ghi giá trị vào từng dòng, từng ô.</source>
        <translation>cells {range} are merged. Unmerge them and write the value into every row and cell.</translation>
    </message>
    <message>
        <source>ô có công thức ({formula}). Hãy chép rồi dán giá trị (Paste Special → Values) thay cho công thức, rồi nhập lại.</source>
        <translation>the cell holds a formula ({formula}). Copy it and paste the values (Paste Special → Values) over the formula, then import again.</translation>
    </message>
    <message>
        <source>ô có lỗi {value} của Excel.</source>
        <translation>the cell holds the Excel error {value}.</translation>
    </message>
    <message>
        <source>dòng này giống hệt dòng {other}; cả hai sẽ được nhập.</source>
        <translation>this row is the same as row {other}; both will be imported.</translation>
    </message>
    <message>
        <source>mã bản ghi trùng với dòng {other}.</source>
        <translation>the record code is the same as in row {other}.</translation>
    </message>
    <message>
        <source>Không có dòng dữ liệu nào dưới dòng tiêu đề (dòng {row}).</source>
        <translation>There are no rows under the header row (row {row}).</translation>
    </message>
    <message>
        <source>bản ghi này (mã {uid}) đã có trong dữ liệu: tệp đã được nhập trước đây, hoặc được xuất từ chính dữ liệu này.</source>
        <translation>this record (code {uid}) is already in the data: the file was imported before, or exported from this very data.</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>Dọn sạch thùng rác</source>
        <translation>Empty the trash</translation>
    </message>
    <message>
        <source>Xóa hẳn {n} bản ghi trong thùng rác? Không thể khôi phục lại sau khi xóa hẳn.</source>
        <translation>Remove the {n} record(s) in the trash for good? They cannot be restored afterwards.</translation>
    </message>
    <message>
        <source>Xóa hẳn</source>
        <translation>Remove for good</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Thùng rác</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Bản ghi đã xóa nằm ở đây cho đến khi dọn sạch thùng rác. Chọn một dòng rồi nhấn Khôi phục để đưa trở lại.</source>
        <translation>Deleted records stay here until the trash is emptied. Select a row and press Restore to bring it back.</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Dọn sạch thùng rác…</source>
        <translation>Empty the trash…</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Xóa lúc</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <source>Đã khôi phục: {title}</source>
        <translation>Restored: {title}</translation>
    </message>
    <message>
        <source>Đã xóa hẳn {n} bản ghi.</source>
        <translation>{n} record(s) removed for good.</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>ví dụ: CB-SOTP (chữ không dấu)</source>
        <translation>e.g. CB-SOTP (letters without diacritics)</translation>
    </message>
    <message>
        <source>ví dụ: Đảng ủy xã Quỳnh Lộc</source>
        <translation>e.g. Đảng ủy xã Quỳnh Lộc</translation>
    </message>
    <message>
        <source>ví dụ: ĐẢNG BỘ TỈNH NGHỆ AN</source>
        <translation>e.g. ĐẢNG BỘ TỈNH NGHỆ AN</translation>
    </message>
    <message>
        <source>ví dụ: CB, in “Số 12-BC/CB”</source>
        <translation>e.g. CB, printed “Số 12-BC/CB”</translation>
    </message>
    <message>
        <source>để trống: tên đơn vị; | để xuống dòng</source>
        <translation>empty: the unit name; | breaks the line</translation>
    </message>
    <message>
        <source>ví dụ: 10 (“ở 10/10 xã, phường”)</source>
        <translation>e.g. 10 (“ở 10/10 xã, phường”)</translation>
    </message>
    <message>
        <source>ví dụ: xã, phường</source>
        <translation>e.g. xã, phường</translation>
    </message>
    <message>
        <source>ví dụ: tổ chức cơ sở đảng</source>
        <translation>e.g. tổ chức cơ sở đảng</translation>
    </message>
    <message>
        <source>Người ký, nơi nhận</source>
        <translation>Signer and recipients</translation>
    </message>
    <message>
        <source>ví dụ: T/M CHI ỦY (trống: theo loại tổ chức)</source>
        <translation>e.g. T/M CHI ỦY (empty: by organisation type)</translation>
    </message>
    <message>
        <source>BÍ THƯ, hoặc PHÓ BÍ THƯ (thêm K/T BÍ THƯ)</source>
        <translation>BÍ THƯ, or PHÓ BÍ THƯ (adds K/T BÍ THƯ)</translation>
    </message>
    <message>
        <source>ví dụ: Quỳnh Lưu</source>
        <translation>e.g. Quỳnh Lưu</translation>
    </message>
    <message>
        <source>để trống: dùng tên bí thư</source>
        <translation>empty: the secretary&apos;s name</translation>
    </message>
    <message>
        <source>Số liệu và thời hạn</source>
        <translation>Figures and deadlines</translation>
    </message>
    <message>
        <source>ví dụ: 15</source>
        <translation>e.g. 15</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Bản ghi mã {uid} đã có trong dữ liệu.</source>
        <extracomment>What &quot;today&quot; is for the rule that refuses dates after it (tests set a fixed day).</extracomment>
        <translation>A record with id {uid} is already in the data.</translation>
    </message>
    <message>
        <source>Số hiệu “{value}” không đúng dạng. Ví dụ: 25-NQ/TW (văn bản của Đảng), 04/2015/NĐ-CP (văn bản nhà nước).</source>
        <translation>Reference “{value}” is not well formed. For example: 25-NQ/TW (Party document), 04/2015/NĐ-CP (state document).</translation>
    </message>
    <message>
        <source>Tên loại văn bản dài quá {limit} ký tự.</source>
        <translation>The document type name is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Kỳ {period} chưa kết thúc: chỉ nhập tay số liệu của kỳ đã qua.</source>
        <translation>{period} has not ended: only figures of past periods can be entered by hand.</translation>
    </message>
    <message>
        <source>Ghi chú dài quá {limit} ký tự.</source>
        <translation>The note is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Số văn bản phải là số nguyên dương ({value}).</source>
        <translation>A document number must be a positive whole number ({value}).</translation>
    </message>
    <message>
        <source>{label}: phải là chữ.</source>
        <translation>{label}: must be text.</translation>
    </message>
    <message>
        <source>{label}: dài quá {limit} ký tự.</source>
        <translation>{label}: longer than {limit} characters.</translation>
    </message>
    <message>
        <source>{label}: “{value}” không phải ngày hợp lệ (dd/mm/yyyy).</source>
        <translation>{label}: “{value}” is not a valid date (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>{label}: năm {year} nằm ngoài khoảng {lo}–{hi}.</source>
        <translation>{label}: the year {year} is outside {lo}–{hi}.</translation>
    </message>
    <message>
        <source>{label}: “{value}” không phải số nguyên.</source>
        <translation>{label}: “{value}” is not a whole number.</translation>
    </message>
    <message>
        <source>{label}: không được là số âm ({value}).</source>
        <translation>{label}: must not be negative ({value}).</translation>
    </message>
    <message>
        <source>{label}: phải từ {minimum} trở lên.</source>
        <translation>{label}: must be {minimum} or more.</translation>
    </message>
    <message>
        <source>{label}: không được lớn hơn {maximum}.</source>
        <translation>{label}: must not be more than {maximum}.</translation>
    </message>
    <message>
        <source>{label}: “{value}” không hợp lệ; chọn một trong: {allowed}.</source>
        <translation>{label}: “{value}” is not valid; choose one of: {allowed}.</translation>
    </message>
    <message>
        <source>{label}: phải là có hoặc không (true/false).</source>
        <translation>{label}: must be yes or no (true/false).</translation>
    </message>
    <message>
        <source>{label}: phải là danh sách số hiệu văn bản.</source>
        <translation>{label}: must be a list of document numbers.</translation>
    </message>
    <message>
        <source>{label}: số hiệu “{value}” không đúng dạng. Ví dụ: 25-NQ/TW (văn bản của Đảng), 04/2015/NĐ-CP (văn bản nhà nước).</source>
        <translation>{label}: the number “{value}” is malformed. Examples: 25-NQ/TW (Party document), 04/2015/NĐ-CP (State document).</translation>
    </message>
    <message>
        <source>{label}: phải là danh sách vấn đề.</source>
        <translation>{label}: must be a list of issues.</translation>
    </message>
    <message>
        <source>{label}: vấn đề thứ {pos} không hợp lệ.</source>
        <translation>{label}: issue {pos} is not valid.</translation>
    </message>
    <message>
        <source>{label}: vấn đề thứ {pos} có trường lạ: {extra}.</source>
        <translation>{label}: issue {pos} has unknown fields: {extra}.</translation>
    </message>
    <message>
        <source>{label}: vấn đề thứ {pos} chưa có nội dung.</source>
        <translation>{label}: issue {pos} has no content.</translation>
    </message>
    <message>
        <source>{label}: vấn đề thứ {pos} dài quá 1000 ký tự.</source>
        <translation>{label}: issue {pos} is longer than 1000 characters.</translation>
    </message>
    <message>
        <source>{label}: vấn đề thứ {pos} có tình trạng “{value}” không hợp lệ; chọn một trong: resolved, in_progress, referred.</source>
        <translation>{label}: issue {pos} has an invalid status “{value}”; choose one of: resolved, in_progress, referred.</translation>
    </message>
    <message>
        <source>Trường “{name}” không có trong loại bản ghi này.</source>
        <translation>This kind of record has no field “{name}”.</translation>
    </message>
    <message>
        <source>{label}: chưa nhập (bắt buộc).</source>
        <translation>{label}: missing (required).</translation>
    </message>
    <message>
        <source>Mỗi bản ghi phải là một đối tượng JSON.</source>
        <translation>Each record must be a JSON object.</translation>
    </message>
    <message>
        <source>{label}: {value} là ngày sau hôm nay ({today}). Cuộc đối thoại sắp tổ chức thì ghi cả ngày thông báo trước.</source>
        <translation>{label}: {value} is after today ({today}). For a dialogue still to come, enter the date it was announced too.</translation>
    </message>
    <message>
        <source>{label}: {value} là ngày sau hôm nay ({today}); chỉ ghi việc đã diễn ra.</source>
        <translation>{label}: {value} is after today ({today}); only record what has happened.</translation>
    </message>
    <message>
        <source>{label}: năm {value} chưa đến (năm nay là {year}).</source>
        <translation>{label}: the year {value} has not come yet (this year is {year}).</translation>
    </message>
    <message>
        <source>{label}: {present} người nhiều hơn số đảng viên được triệu tập ({expected}).</source>
        <translation>{label}: {present} is more than the Party members summoned ({expected}).</translation>
    </message>
    <message>
        <source>{label}: chưa nhập; đã có “{other}” thì cần cả số này (để trống cả hai nếu không ghi số người dự).</source>
        <translation>{label}: missing; with “{other}” this is needed too (leave both empty if attendance was not counted).</translation>
    </message>
    <message>
        <source>{label}: chưa nhập, nhưng đã chọn người dự không phải đảng viên là ai.</source>
        <translation>{label}: missing, but who the non-members were is chosen.</translation>
    </message>
    <message>
        <source>{label}: {value} nhiều hơn số tổ chức đảng trực thuộc ({total}).</source>
        <translation>{label}: {value} is more than the subordinate organisations ({total}).</translation>
    </message>
    <message>
        <source>{label}: chưa nhập (cần cả hai số về tổ chức đảng, hoặc để trống cả hai).</source>
        <translation>{label}: missing (both organisation counts are needed, or neither).</translation>
    </message>
    <message>
        <source>{label}: {value} nhiều hơn số đảng viên ({total}).</source>
        <translation>{label}: {value} is more than the members ({total}).</translation>
    </message>
    <message>
        <source>{label}: ngày giải quyết xong ({resolved}) trước ngày tiếp nhận ({received}).</source>
        <translation>{label}: the date resolved ({resolved}) is before the date received ({received}).</translation>
    </message>
    <message>
        <source>{label}: ngày thụ lý ({accepted}) trước ngày tiếp nhận ({received}).</source>
        <translation>{label}: the date accepted ({accepted}) is before the date received ({received}).</translation>
    </message>
    <message>
        <source>{label}: ngày giải quyết xong ({resolved}) trước ngày thụ lý ({accepted}).</source>
        <translation>{label}: the date resolved ({resolved}) is before the date accepted ({accepted}).</translation>
    </message>
    <message>
        <source>{label}: vụ việc đã giải quyết thì phải có ngày giải quyết xong.</source>
        <translation>{label}: a resolved case needs the date it was resolved.</translation>
    </message>
    <message>
        <source>{label}: đã có ngày giải quyết xong nhưng kết quả vẫn là chưa giải quyết.</source>
        <translation>{label}: there is a date resolved but the result is still not resolved.</translation>
    </message>
    <message>
        <source>{label}: vụ việc trả lại đơn hoặc chuyển đơn thì không có ngày thụ lý.</source>
        <translation>{label}: a returned or transferred case has no date accepted.</translation>
    </message>
    <message>
        <source>{label}: “{value}” phải gồm 12 chữ số (CCCD) hoặc 9 chữ số (CMND cũ).</source>
        <translation>{label}: “{value}” must have 12 digits (CCCD) or 9 digits (old CMND).</translation>
    </message>
    <message>
        <source>{label}: ngày thông báo ({announced}) sau ngày đối thoại ({date}).</source>
        <translation>{label}: the date announced ({announced}) is after the dialogue ({date}).</translation>
    </message>
    <message>
        <source>{label}: ngày công khai kết quả ({published}) trước ngày đối thoại ({date}).</source>
        <translation>{label}: the date results were published ({published}) is before the dialogue ({date}).</translation>
    </message>
    <message>
        <source>Hồ sơ đơn vị phải là một đối tượng JSON.</source>
        <translation>The unit profile must be a JSON object.</translation>
    </message>
    <message>
        <source>{label}: chỉ dùng chữ không dấu, chữ số, dấu chấm, gạch ngang (ví dụ CB-SOTP).</source>
        <translation>{label}: use only letters without diacritics, digits, dots and hyphens (e.g. CB-SOTP).</translation>
    </message>
    <message>
        <source>Số liệu nhập tay phải là một đối tượng JSON.</source>
        <translation>Figures entered by hand must be a JSON object.</translation>
    </message>
    <message>
        <source>“{name}” không phải một chỉ tiêu nhập tay được.</source>
        <translation>“{name}” is not a figure that can be entered by hand.</translation>
    </message>
    <message>
        <source>Chưa nhập số liệu nào.</source>
        <translation>No figure entered.</translation>
    </message>
    <message>
        <source>{label}: {value} nhiều hơn “{other}” ({limit}).</source>
        <translation>{label}: {value} is more than “{other}” ({limit}).</translation>
    </message>
    <message>
        <source>{label}: {value} khác tổng đảng viên dự và người dự khác ({sum}).</source>
        <translation>{label}: {value} differs from members present plus other attendees ({sum}).</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <source>Chọn trên lịch (F4)</source>
        <translation>Pick on a calendar (F4)</translation>
    </message>
    <message>
        <source>Ví dụ: 25-NQ/TW; 16/CT-TTg</source>
        <translation>E.g. 25-NQ/TW; 16/CT-TTg</translation>
    </message>
    <message>
        <source>Sẽ ghi là: {refs}</source>
        <translation>Will be written as: {refs}</translation>
    </message>
    <message>
        <source>Nội dung vấn đề</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Thêm vấn đề</source>
        <translation>Add issue</translation>
    </message>
    <message>
        <source>Thêm một dòng (Ctrl+Shift+N)</source>
        <translation>Add a row (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Bỏ dòng đã chọn</source>
        <translation>Remove selected row</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <extracomment>Item data of &quot;no choice&quot; in a combo box. Not None: PySide6 6.12 loses a reference to Python&apos;s None each time it hands back a None item&apos;s data, and enough of them crash. Item data of the period picker&apos;s last entry, which asks for two dates.</extracomment>
        <translation>All</translation>
    </message>
    <message>
        <source>Khoảng ngày khác…</source>
        <translation>Other date range…</translation>
    </message>
    <message>
        <source>Khoảng ngày</source>
        <translation>Date range</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Đến ngày:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
