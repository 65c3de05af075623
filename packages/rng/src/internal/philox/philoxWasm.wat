(module
  (type (;0;) (func (param i32 i32 i32 i32 i32 i32 i32)))
  (func (;0;) (type 0) (param i32 i32 i32 i32 i32 i32 i32)
    (local i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128)
    v128.const i32x4 0xd2511f53 0xd2511f53 0xd2511f53 0xd2511f53
    local.set 11
    v128.const i32x4 0xcd9e8d57 0xcd9e8d57 0xcd9e8d57 0xcd9e8d57
    local.set 12
    loop  ;; label = @1
      local.get 5
      i32x4.splat
      v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
      i32x4.add
      local.set 15
      local.get 2
      i32x4.splat
      local.set 16
      local.get 3
      i32x4.splat
      local.set 17
      local.get 4
      i32x4.splat
      local.set 18
      local.get 5
      i32x4.splat
      v128.const i32x4 0x00000004 0x00000005 0x00000006 0x00000007
      i32x4.add
      local.set 23
      local.get 2
      i32x4.splat
      local.set 24
      local.get 3
      i32x4.splat
      local.set 25
      local.get 4
      i32x4.splat
      local.set 26
      local.get 0
      local.set 9
      local.get 1
      local.set 10
      i32.const 10
      local.set 8
      loop  ;; label = @2
        local.get 9
        i32x4.splat
        local.set 13
        local.get 10
        i32x4.splat
        local.set 14
        local.get 15
        local.get 11
        i32x4.mul
        local.set 19
        local.get 15
        local.get 11
        i64x2.extmul_low_i32x4_u
        local.get 15
        local.get 11
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set 20
        local.get 17
        local.get 12
        i32x4.mul
        local.set 21
        local.get 17
        local.get 12
        i64x2.extmul_low_i32x4_u
        local.get 17
        local.get 12
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set 22
        local.get 22
        local.get 16
        v128.xor
        local.get 13
        v128.xor
        local.set 15
        local.get 21
        local.set 16
        local.get 20
        local.get 18
        v128.xor
        local.get 14
        v128.xor
        local.set 17
        local.get 19
        local.set 18
        local.get 23
        local.get 11
        i32x4.mul
        local.set 27
        local.get 23
        local.get 11
        i64x2.extmul_low_i32x4_u
        local.get 23
        local.get 11
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set 28
        local.get 25
        local.get 12
        i32x4.mul
        local.set 29
        local.get 25
        local.get 12
        i64x2.extmul_low_i32x4_u
        local.get 25
        local.get 12
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set 30
        local.get 30
        local.get 24
        v128.xor
        local.get 13
        v128.xor
        local.set 23
        local.get 29
        local.set 24
        local.get 28
        local.get 26
        v128.xor
        local.get 14
        v128.xor
        local.set 25
        local.get 27
        local.set 26
        local.get 9
        i32.const -1640531527
        i32.add
        local.set 9
        local.get 10
        i32.const -1150833019
        i32.add
        local.set 10
        local.get 8
        i32.const -1
        i32.add
        local.set 8
        local.get 8
        br_if 0 (;@2;)
      end
      local.get 15
      local.get 16
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      local.set 19
      local.get 17
      local.get 18
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      local.set 20
      local.get 15
      local.get 16
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      local.set 21
      local.get 17
      local.get 18
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      local.set 22
      local.get 7
      local.get 19
      local.get 20
      i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      v128.store
      local.get 7
      local.get 19
      local.get 20
      i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
      v128.store offset=16
      local.get 7
      local.get 21
      local.get 22
      i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      v128.store offset=32
      local.get 7
      local.get 21
      local.get 22
      i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
      v128.store offset=48
      local.get 23
      local.get 24
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      local.set 27
      local.get 25
      local.get 26
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      local.set 28
      local.get 23
      local.get 24
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      local.set 29
      local.get 25
      local.get 26
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      local.set 30
      local.get 7
      local.get 27
      local.get 28
      i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      v128.store offset=64
      local.get 7
      local.get 27
      local.get 28
      i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
      v128.store offset=80
      local.get 7
      local.get 29
      local.get 30
      i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      v128.store offset=96
      local.get 7
      local.get 29
      local.get 30
      i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
      v128.store offset=112
      local.get 7
      i32.const 128
      i32.add
      local.set 7
      local.get 5
      i32.const 8
      i32.add
      local.set 5
      local.get 6
      i32.const -1
      i32.add
      local.set 6
      local.get 6
      br_if 0 (;@1;)
    end)
  (memory (;0;) 1)
  (export "memory" (memory 0))
  (export "philox" (func 0)))
