<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>กระดานถาม-ตอบ :: องค์การบริหารส่วนตำบลท่าขาม</title><link href="css/style.css" rel="stylesheet" type="text/css" /></head>
<body><div id="wrapper">
<div id="header"><img src="images/logo.png" /> <span class="webname">องค์การบริหารส่วนตำบลท่าขาม</span><br/><span class="slogan">อำเภอศรีมหาโพธิ จังหวัดปราจีนบุรี</span>
</div>
<div id="menubar"><ul class="sf-menu">
<li><a href="index.php">หน้าหลัก</a></li>
<li><a href="#">ข้อมูลพื้นฐาน</a><ul><li><a href="history.php">ประวัติความเป็นมา</a></li><li><a href="executive.php">คณะผู้บริหาร</a></li><li><a href="index.php">โครงสร้างส่วนราชการ</a></li></ul></li>
<li><a href="news.php">ข่าวประชาสัมพันธ์</a></li><li><a href="gallery.php">ภาพกิจกรรม</a></li>
<li><a href="webboard.php">กระดานสนทนา</a></li><li><a href="contact.php">ติดต่อเรา</a></li>
</ul></div>
<div id="content"><div id="left">
<a href="ita.php"><img src="images/banner_ita.png" width="200" /></a><br/>
<a href="complain.php"><img src="images/banner_complain.png" width="200" /></a><br/>
<img src="images/qr_eit.png" width="150" alt="QR code แบบวัด EIT" /><br/><small>สแกน QR code ตอบแบบวัด EIT</small>
</div><div id="main">
<h3>กระดานถาม-ตอบ (Q&amp;A)</h3><table><tr><td>สอบถามขั้นตอนการขอรับเบี้ยยังชีพผู้สูงอายุ</td><td>ตอบโดย admin 12 ม.ค. 2566</td></tr><tr><td>ถนนหมู่ 5 ชำรุด จะซ่อมเมื่อไร</td><td>ตอบโดย กองช่าง 2 ก.พ. 2566</td></tr></table><form method="post" action="webboard.php"><p>หัวข้อคำถาม <input name="topic"></p><p>รายละเอียด <textarea name="detail"></textarea></p><p>ชื่อผู้ถาม <input name="name"></p><input type="submit" value="ตั้งกระทู้"></form>
</div></div>
<div id="footer"><p>องค์การบริหารส่วนตำบลท่าขาม หมู่ที่ 2 ตำบลท่าขาม อำเภอศรีมหาโพธิ จังหวัดปราจีนบุรี 25140</p><p>โทรศัพท์ 037-210-455 โทรสาร 037-210-456 อีเมล: saraban@thakham-sao.go.th</p><p>Copyright &copy; องค์การบริหารส่วนตำบลท่าขาม All rights reserved.</p></div>
</div></body></html>